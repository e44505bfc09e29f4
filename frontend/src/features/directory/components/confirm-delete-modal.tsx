import { Text } from '@mantine/core';
import { FormModal } from '@/components/form-modal';
import { StaleNotice } from '@/components/stale-notice';
import { errorMessage, isStaleWrite } from '@/lib/api/problem';

interface ConfirmDeleteModalProps {
  title: string;
  message: string;
  submitting: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
  onReload: () => void;
}

/** Asks before removing an activity or an offer; a 412 offers to reload. */
export function ConfirmDeleteModal({
  title,
  message,
  submitting,
  error,
  onConfirm,
  onClose,
  onReload,
}: ConfirmDeleteModalProps) {
  const stale = isStaleWrite(error);
  return (
    <FormModal
      opened
      title={title}
      submitLabel="Supprimer"
      submitting={submitting}
      formError={error && !stale ? errorMessage(error) : null}
      notice={
        stale && (
          <StaleNotice
            onReload={() => {
              onReload();
              onClose();
            }}
          />
        )
      }
      onClose={onClose}
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm();
      }}
    >
      <Text>{message}</Text>
    </FormModal>
  );
}
