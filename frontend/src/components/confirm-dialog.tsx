import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { errorMessage } from '@/lib/api/problem';
import { FormModal } from './form-modal';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  submitting: boolean;
  /** The failure of the confirmed action, shown in the dialog (which stays open). */
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before an action that takes someone's access away (deactivating, removing). */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  submitting,
  error,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  return (
    <FormModal
      opened
      title={title}
      submitLabel={confirmLabel}
      submitting={submitting}
      formError={error ? errorMessage(error) : null}
      onClose={onClose}
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm();
      }}
    >
      {typeof children === 'string' ? <Text>{children}</Text> : children}
    </FormModal>
  );
}
