import { Alert, Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { AssigneeSelect, NOBODY } from '@/components/assignee-select';
import { StaleNotice } from '@/components/stale-notice';
import { FormErrorSummary } from '@/components/form-error-summary';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { useUpdateFollowUp, type FollowUpView } from '../api/follow-ups';
import {
  FOLLOW_UP_STATUSES,
  FOLLOW_UP_STATUS_LABELS,
  NEED_SHORT_LABELS,
  type FollowUpStatus,
} from '../utils/labels';

/** The server's bound (FollowUpUpdate). */
export const MAX_NOTE = 2000;

interface FollowUpValues {
  status: FollowUpStatus;
  assigneeUserId: string;
  note: string;
}

interface FollowUpModalProps {
  followUp: FollowUpView | null;
  me: { id: string; name: string };
  onClose: () => void;
  /** After a 412: the list read again, the dialog closed. */
  onReload: () => void;
}

/** Changes a follow-up: its status, who handles it, a note for the team. */
export function FollowUpModal({ followUp, me, onClose, onReload }: FollowUpModalProps) {
  return (
    <Modal
      opened={followUp !== null}
      onClose={onClose}
      title={
        followUp
          ? `Suivi : ${followUp.structureName} — ${NEED_SHORT_LABELS[followUp.need]}`
          : 'Suivi'
      }
      size="lg"
      closeButtonProps={{ 'aria-label': 'Fermer sans enregistrer' }}
    >
      {followUp && (
        <FollowUpForm
          key={`${followUp.id}-${followUp.version}`}
          followUp={followUp}
          me={me}
          onClose={onClose}
          onReload={onReload}
        />
      )}
    </Modal>
  );
}

function FollowUpForm({
  followUp,
  me,
  onClose,
  onReload,
}: Omit<FollowUpModalProps, 'followUp'> & { followUp: FollowUpView }) {
  const update = useUpdateFollowUp();
  const form = useForm<FollowUpValues>({
    initialValues: {
      status: followUp.status,
      assigneeUserId: followUp.assigneeUserId ?? NOBODY,
      note: followUp.note ?? '',
    },
    validate: {
      note: (value) => (value.length > MAX_NOTE ? `Au plus ${MAX_NOTE} caractères.` : null),
    },
  });
  const { formError, stale, invalidFields, onSubmit, showError, clearError } =
    useApiFormErrors(form);

  const submit = onSubmit((values: FollowUpValues) => {
    clearError();
    const note = values.note.trim();
    update.mutate(
      {
        followUp,
        body: {
          status: values.status,
          ...(values.assigneeUserId !== NOBODY ? { assigneeUserId: values.assigneeUserId } : {}),
          ...(note ? { note } : {}),
        },
      },
      { onSuccess: onClose, onError: showError },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {stale && <StaleNotice onReload={onReload} />}
        <FormErrorSummary fields={invalidFields} />
        {formError && (
          <Alert color="red" role="alert" variant="outline">
            {formError}
          </Alert>
        )}
        <Select
          label="Statut"
          allowDeselect={false}
          data={FOLLOW_UP_STATUSES.map((value) => ({
            value,
            label: FOLLOW_UP_STATUS_LABELS[value],
          }))}
          {...form.getInputProps('status')}
        />
        <AssigneeSelect
          label="Attribuer à…"
          description="La personne de l’équipe qui s’occupe de ce besoin."
          me={me}
          current={
            followUp.assigneeUserId
              ? { id: followUp.assigneeUserId, name: followUp.assigneeName ?? 'Un autre animateur' }
              : null
          }
          allowNobody
          {...form.getInputProps('assigneeUserId')}
        />
        <Textarea
          label="Note"
          description="Pour l’équipe : ce qui a été fait, ce qui reste à faire."
          autosize
          minRows={3}
          maxLength={MAX_NOTE}
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Annuler
          </Button>
          <Button type="submit" loading={update.isPending}>
            Enregistrer le suivi
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
