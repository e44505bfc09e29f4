import { TextInput, type TextInputProps } from '@mantine/core';

interface NumberFieldProps extends TextInputProps {
  /** Whole numbers: the phone keyboard shows digits only. */
  integer?: boolean;
}

/**
 * A number typed by a person, kept exactly as typed: unlike Mantine's
 * NumberInput it never drops a minus sign or a decimal comma. The form checks
 * it with `numberRule` and converts it with `parseNumberText` (lib/number-text).
 */
export function NumberField({ integer = false, ...props }: NumberFieldProps) {
  return <TextInput inputMode={integer ? 'numeric' : 'decimal'} autoComplete="off" {...props} />;
}
