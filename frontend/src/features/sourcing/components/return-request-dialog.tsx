import { Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormModal } from '@/components/form-modal';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { saveCallbacks } from '@/lib/save-callbacks';
import { requiredRule } from '@/lib/validation';
import { useChangeSourcingRequest } from '../api/change-sourcing-request';
import type { SourcingRequestView } from '../api/get-sourcing-request';

export const MAX_REASON_LENGTH = 2000;

/** A facilitator sends a submitted request back to its author, saying what to change. */
export function ReturnRequestDialog({
  request,
  onClose,
}: {
  request: SourcingRequestView;
  onClose: () => void;
}) {
  const change = useChangeSourcingRequest();
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: requiredRule('Dites au demandeur ce qu’il doit changer.') },
  });
  const { formError, invalidFields, onSubmit, showError, clearError } = useApiFormErrors(form);
  const submit = onSubmit(({ reason }) => {
    clearError();
    change.mutate(
      { action: 'return', id: request.id, reason: reason.trim() },
      saveCallbacks('Besoin renvoyé au demandeur.', onClose, showError),
    );
  });
  return (
    <FormModal
      opened
      title="Renvoyer au demandeur"
      submitLabel="Renvoyer"
      submitting={change.isPending}
      formError={formError}
      invalidFields={invalidFields}
      onClose={onClose}
      onSubmit={submit}
    >
      <Text size="sm">
        Le besoin redevient un brouillon : {request.authorName} le verra avec votre motif, pourra le
        corriger et l’envoyer de nouveau.
      </Text>
      <Textarea
        label="Motif"
        required
        autosize
        minRows={3}
        maxLength={MAX_REASON_LENGTH}
        data-autofocus
        {...form.getInputProps('reason')}
      />
    </FormModal>
  );
}
