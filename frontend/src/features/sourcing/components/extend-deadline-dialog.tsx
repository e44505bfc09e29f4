import { Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormModal } from '@/components/form-modal';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { formatDate } from '@/lib/format';
import { saveCallbacks } from '@/lib/save-callbacks';
import { useChangeSourcingRequest } from '../api/change-sourcing-request';
import type { SourcingRequestView } from '../api/get-sourcing-request';
import { addDays, isoDay } from '../utils/request-form-values';

/** The date a deadline is pushed back to by default: a week after the later of it and today. */
function suggestedDeadline(current: string | null | undefined, today: Date): string {
  const base = current && current > isoDay(today) ? new Date(`${current}T12:00:00`) : today;
  return isoDay(addDays(base, 7));
}

/** « Prolonger la date limite » of a published request (the solicited structures are told). */
export function ExtendDeadlineDialog({
  request,
  onClose,
}: {
  request: SourcingRequestView;
  onClose: () => void;
}) {
  const change = useChangeSourcingRequest();
  const today = new Date();
  const current = request.responseDeadline ?? null;
  const form = useForm({
    initialValues: { responseDeadline: suggestedDeadline(current, today) },
    validate: {
      responseDeadline: (value) => {
        if (value === '') return 'Choisissez la nouvelle date limite.';
        if (current && value <= current) {
          return `Choisissez une date après la date limite actuelle (${formatDate(current)}).`;
        }
        if (value < isoDay(today)) return 'La nouvelle date limite ne peut pas être passée.';
        return null;
      },
    },
  });
  const { formError, invalidFields, onSubmit, showError, clearError } = useApiFormErrors(form);
  const submit = onSubmit(({ responseDeadline }) => {
    clearError();
    change.mutate(
      { action: 'extend', id: request.id, responseDeadline },
      saveCallbacks(`Date limite reportée au ${formatDate(responseDeadline)}.`, onClose, showError),
    );
  });
  return (
    <FormModal
      opened
      title="Prolonger la date limite"
      submitLabel="Prolonger"
      submitting={change.isPending}
      formError={formError}
      invalidFields={invalidFields}
      onClose={onClose}
      onSubmit={submit}
    >
      <Text size="sm">
        Date limite actuelle : {formatDate(current)}. Les structures sollicitées seront prévenues
        par e-mail.
      </Text>
      <TextInput
        type="date"
        label="Nouvelle date limite de réponse"
        required
        data-autofocus
        {...form.getInputProps('responseDeadline')}
      />
    </FormModal>
  );
}
