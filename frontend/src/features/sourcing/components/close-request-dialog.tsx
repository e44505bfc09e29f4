import { Box, Button, CloseButton, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormModal } from '@/components/form-modal';
import { NumberField } from '@/components/number-field';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { numberTextError, parseNumberText } from '@/lib/number-text';
import { saveCallbacks } from '@/lib/save-callbacks';
import { useChangeSourcingRequest } from '../api/change-sourcing-request';
import type { SourcingRequestView } from '../api/get-sourcing-request';
import { OUTCOME_LABELS, type SourcingOutcome } from '../utils/labels';
import { useDirectoryTools, type StructureChoice } from './directory-tools';

export const MAX_AWARDS = 100;

interface AwardRow {
  /** Stable across removals (the list's key). */
  key: number;
  structure: StructureChoice | null;
  amount: string;
}

interface CloseValues {
  outcome: SourcingOutcome | null;
  awards: AwardRow[];
}

/** What each outcome means, to choose it knowingly. */
const OUTCOME_HELP: Record<SourcingOutcome, string> = {
  AWARDED: 'Une ou plusieurs structures ont obtenu le marché.',
  UNSUCCESSFUL: 'Aucune réponse ne convenait.',
  CANCELLED: 'Le besoin n’a plus lieu d’être.',
};

interface CloseRequestDialogProps {
  request: SourcingRequestView;
  /** Offered first when choosing who won (e.g. the interested structures). */
  suggestions?: StructureChoice[];
  onClose: () => void;
}

let nextKey = 0;
const emptyRow = (): AwardRow => ({ key: nextKey++, structure: null, amount: '' });

/**
 * « Clôturer »: a published request is awarded (to one structure or more, with amounts),
 * unsuccessful or cancelled; before publishing it can only be cancelled.
 */
export function CloseRequestDialog({
  request,
  suggestions = [],
  onClose,
}: CloseRequestDialogProps) {
  const { StructureField } = useDirectoryTools();
  const change = useChangeSourcingRequest();
  const published = request.status === 'PUBLISHED';
  const outcomes: SourcingOutcome[] = published
    ? ['AWARDED', 'UNSUCCESSFUL', 'CANCELLED']
    : ['CANCELLED'];
  const form = useForm<CloseValues>({
    initialValues: { outcome: published ? null : 'CANCELLED', awards: [emptyRow()] },
    validate: {
      outcome: (value) => (value === null ? 'Choisissez comment le besoin se termine.' : null),
      awards: {
        structure: (value, values) =>
          values.outcome === 'AWARDED' && value === null
            ? 'Choisissez la structure retenue.'
            : null,
        amount: (value, values) =>
          values.outcome === 'AWARDED'
            ? numberTextError(value, {
                decimals: 2,
                min: 0,
                required: 'Indiquez le montant attribué.',
              })
            : null,
      },
    },
  });
  const { formError, invalidFields, onSubmit, showError, clearError } = useApiFormErrors(form);
  const values = form.getValues();
  const chosen = values.awards.flatMap((row) => (row.structure ? [row.structure.id] : []));

  const submit = onSubmit(({ outcome, awards }) => {
    if (outcome === null) return;
    clearError();
    const body =
      outcome === 'AWARDED'
        ? {
            outcome,
            awards: awards.flatMap((row) => {
              const amount = parseNumberText(row.amount);
              return row.structure && amount !== undefined
                ? [{ structureId: row.structure.id, amount }]
                : [];
            }),
          }
        : { outcome };
    change.mutate(
      { action: 'close', id: request.id, body },
      saveCallbacks(
        `Besoin clôturé : ${OUTCOME_LABELS[outcome].toLowerCase()}.`,
        onClose,
        showError,
      ),
    );
  });

  return (
    <FormModal
      opened
      title="Clôturer le besoin"
      submitLabel="Clôturer"
      submitting={change.isPending}
      formError={formError}
      invalidFields={invalidFields}
      onClose={onClose}
      onSubmit={submit}
    >
      <Radio.Group label="Issue" required {...form.getInputProps('outcome')}>
        <Stack gap={8} mt={4}>
          {outcomes.map((outcome) => (
            <Radio
              key={outcome}
              value={outcome}
              label={OUTCOME_LABELS[outcome]}
              description={OUTCOME_HELP[outcome]}
            />
          ))}
        </Stack>
      </Radio.Group>
      {!published && (
        <Text size="sm">Un besoin qui n’a pas encore été publié ne peut qu’être annulé.</Text>
      )}
      {values.outcome === 'AWARDED' && (
        <Stack gap="sm" component="fieldset" p={0} m={0} style={{ border: 0, minWidth: 0 }}>
          <Text component="legend" size="sm" fw={500} mb={4}>
            Structures retenues
          </Text>
          {values.awards.map((row, index) => (
            <Paper key={row.key} withBorder p="sm">
              <Group align="flex-start" wrap="wrap" gap="sm">
                <Box miw={200} style={{ flex: 2 }}>
                  <StructureField
                    label={`Structure ${index + 1}`}
                    required
                    value={row.structure}
                    suggestions={suggestions.filter(
                      (structure) =>
                        structure.id === row.structure?.id || !chosen.includes(structure.id),
                    )}
                    onChange={(structure) =>
                      form.setFieldValue(`awards.${index}.structure`, structure)
                    }
                    error={form.errors[`awards.${index}.structure`]}
                  />
                </Box>
                <Box miw={140} style={{ flex: 1 }}>
                  <NumberField
                    label={`Montant ${index + 1} (€ HT)`}
                    required
                    {...form.getInputProps(`awards.${index}.amount`)}
                  />
                </Box>
                {values.awards.length > 1 && (
                  <CloseButton
                    mt={28}
                    aria-label={`Retirer la structure ${index + 1}`}
                    onClick={() => form.removeListItem('awards', index)}
                  />
                )}
              </Group>
            </Paper>
          ))}
          {values.awards.length < MAX_AWARDS && (
            <Group>
              <Button variant="subtle" onClick={() => form.insertListItem('awards', emptyRow())}>
                Ajouter une structure retenue
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </FormModal>
  );
}
