import { TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { numberText } from '@/lib/number-text';
import type { NumberCheck } from '../utils/number-rules';

interface NumberFilterInputProps {
  label: string;
  description?: string;
  value: number | null;
  /** Reads the typed text: the value to apply, or why it is refused. */
  check: (text: string) => NumberCheck;
  onApply: (value: number | null) => void;
  rightSection?: ReactNode;
}

/**
 * A number filter typed as text and applied when the box is left or Enter is pressed. A value it
 * refuses stays as typed, with the message, and is not applied; nothing is rounded or rewritten.
 */
export function NumberFilterInput({
  label,
  description,
  value,
  check,
  onApply,
  rightSection,
}: NumberFilterInputProps) {
  const [text, setText] = useState(numberText(value));
  const [error, setError] = useState<string | null>(null);
  // The box follows the search (a removed chip, the back button) when it changes elsewhere.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(numberText(value));
    setError(null);
  }
  // A value read from the URL may be one the box would refuse: say so too.
  const urlError = value !== null && error === null ? check(numberText(value)).error : null;

  const apply = () => {
    const result = check(text);
    setError(result.error);
    if (result.error === null && result.value !== value) onApply(result.value);
  };

  return (
    <TextInput
      label={label}
      description={description}
      inputMode="decimal"
      autoComplete="off"
      value={text}
      error={error ?? urlError}
      rightSection={rightSection}
      onChange={(event) => {
        setText(event.currentTarget.value);
        setError(null);
      }}
      onBlur={apply}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          apply();
        }
      }}
    />
  );
}
