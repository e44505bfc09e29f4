import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { ComponentProps, ReactNode } from 'react';
import type { InvalidField } from '@/lib/focus-first-invalid';
import { FormErrorSummary } from './form-error-summary';

interface FormModalProps {
  opened: boolean;
  title: string;
  submitLabel: string;
  submitting: boolean;
  /** A message that belongs to no single field (e.g. a conflict). */
  formError?: string | null;
  /** The fields to correct after a failed save, summed up at the top (`useApiFormErrors`). */
  invalidFields?: InvalidField[];
  /** Shown above the fields, e.g. the offer to reload after a concurrent change. */
  notice?: ReactNode;
  onClose: () => void;
  onSubmit: NonNullable<ComponentProps<'form'>['onSubmit']>;
  children: ReactNode;
}

/** The create/edit dialog shared by the administration pages. */
export function FormModal({
  opened,
  title,
  submitLabel,
  submitting,
  formError,
  invalidFields = [],
  notice,
  onClose,
  onSubmit,
  children,
}: FormModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Fermer' }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {formError && (
            <Alert color="red" role="alert" variant="outline">
              {formError}
            </Alert>
          )}
          <FormErrorSummary fields={invalidFields} />
          {notice}
          {children}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose} disabled={submitting}>
              Annuler
            </Button>
            <Button type="submit" loading={submitting}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
