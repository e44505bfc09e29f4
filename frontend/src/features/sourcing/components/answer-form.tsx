import {
  Alert,
  Button,
  CloseButton,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { FormErrorSummary } from '@/components/form-error-summary';
import { NumberField } from '@/components/number-field';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { numberText, numberTextError, parseNumberText } from '@/lib/number-text';
import type { Schema } from '@/lib/api/types';
import type { SolicitationAnswerInput } from '../api/answer-my-solicitation';
import type { SolicitationDetail } from '../api/get-my-solicitation';
import { DECISION_LABELS, formatDay } from '../utils/solicitation-labels';
import { AnswerView } from './answer-view';
import { StructurePicker } from './structure-picker';

type Decision = Schema<'SolicitationDecision'>;

/** The server's bounds (SolicitationAnswerInput). */
export const MAX_ANSWER_TEXT = 4000;
export const MAX_CAPACITY_TEXT = 300;
export const MAX_PARTNERS = 10;
const QUOTE_RULE = { decimals: 2, min: 0, max: 999_999_999_999.99 };

interface Partner {
  id: string;
  name: string;
}

interface AnswerValues {
  decision: Decision | '';
  message: string;
  quoteAmount: string;
  monthlyCapacity: string;
  partnerStructureIds: string[];
  declineReason: string;
}

function initialValues(detail: SolicitationDetail): AnswerValues {
  const answer = detail.answer;
  return {
    decision: answer?.decision ?? '',
    message: answer?.message ?? '',
    quoteAmount: numberText(answer?.quoteAmount),
    monthlyCapacity: answer?.monthlyCapacity ?? '',
    partnerStructureIds: answer?.partnerStructureIds ?? [],
    declineReason: answer?.declineReason ?? '',
  };
}

function initialPartners(detail: SolicitationDetail): Partner[] {
  const answer = detail.answer;
  if (!answer) return [];
  return answer.partnerStructureIds.map((id, index) => ({
    id,
    name: answer.partnerStructureNames[index] ?? 'Structure partenaire',
  }));
}

/** What is sent: a declined answer carries its reason only. */
export function answerInput(values: AnswerValues): SolicitationAnswerInput {
  if (values.decision === 'DECLINED') {
    return { decision: 'DECLINED', declineReason: values.declineReason.trim() };
  }
  return {
    decision: 'INTERESTED',
    message: values.message.trim(),
    quoteAmount: parseNumberText(values.quoteAmount),
    monthlyCapacity: values.monthlyCapacity.trim() || undefined,
    partnerStructureIds: values.partnerStructureIds,
  };
}

export interface AnswerSaveCallbacks {
  onSuccess: (saved: SolicitationDetail) => void;
  onError: (error: Error) => void;
}

interface AnswerFormProps {
  detail: SolicitationDetail;
  /** Sends the answer (with the session, or through the personal link). */
  onSave: (body: SolicitationAnswerInput, callbacks: AnswerSaveCallbacks) => void;
  saving: boolean;
  /**
   * Through a personal link (no account), its token: partners are then searched through the
   * link rather than the directory search, which needs an account.
   */
  linkToken?: string;
}

/** Why the answer cannot be given or changed any more, in French. */
function closedExplanation(detail: SolicitationDetail): string {
  const deadline = detail.request.responseDeadline;
  const passed = detail.deadlinePassed
    ? `La date limite de réponse${deadline ? ` (${formatDay(deadline)})` : ''} est passée : ce besoin n’accepte plus de réponse ni de modification.`
    : 'Ce besoin n’accepte plus de réponse : il a été clos par l’acheteur ou l’équipe d’animation.';
  return detail.answer
    ? `${passed} Voici la réponse que vous aviez envoyée.`
    : `${passed} Vous n’y aviez pas répondu.`;
}

/**
 * The structure's answer: « Je suis intéressé » (message, quote, monthly capacity, partners for
 * co-contracting) or « Je décline » (reason). It can be changed until the deadline; after it,
 * or once the request is closed, it is shown read-only with the reason why.
 */
export function AnswerForm({ detail, onSave, saving, linkToken }: AnswerFormProps) {
  if (!detail.canAnswer) {
    return (
      <Paper withBorder p="lg" component="section" aria-labelledby="reponse-titre">
        <Stack gap="md">
          <Title order={2} size="h3" id="reponse-titre">
            Votre réponse
          </Title>
          <Alert color="gray" variant="outline" title="Réponses closes">
            {closedExplanation(detail)}
          </Alert>
          {detail.answer && (
            <Stack gap="xs">
              <Text fw={600}>{DECISION_LABELS[detail.answer.decision]}</Text>
              <AnswerView answer={detail.answer} />
            </Stack>
          )}
        </Stack>
      </Paper>
    );
  }
  return <OpenAnswerForm detail={detail} onSave={onSave} saving={saving} linkToken={linkToken} />;
}

function OpenAnswerForm({ detail, onSave, saving, linkToken }: AnswerFormProps) {
  const [partners, setPartners] = useState<Partner[]>(() => initialPartners(detail));
  const [savedAt, setSavedAt] = useState<Decision | null>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  const form = useForm<AnswerValues>({
    initialValues: initialValues(detail),
    validate: {
      decision: (value) =>
        value === '' ? 'Choisissez « Je suis intéressé » ou « Je décline ».' : null,
      message: (value, values) =>
        values.decision === 'INTERESTED' && value.trim() === ''
          ? 'Écrivez un message à l’acheteur : ce que vous proposez, vos références, vos disponibilités.'
          : null,
      quoteAmount: (value, values) =>
        values.decision === 'INTERESTED' ? numberTextError(value, QUOTE_RULE) : null,
      declineReason: (value, values) =>
        values.decision === 'DECLINED' && value.trim() === ''
          ? 'Indiquez pourquoi vous déclinez : l’acheteur et le réseau en tiennent compte.'
          : null,
    },
  });
  const { formError, invalidFields, onSubmit, showError, clearError } = useApiFormErrors(form);

  useEffect(() => {
    if (savedAt) confirmation.current?.focus();
  }, [savedAt]);

  const partnerError = Object.entries(form.errors)
    .filter(([field]) => field.startsWith('partnerStructureIds'))
    .flatMap(([, message]) => (typeof message === 'string' ? [message] : []))
    .join(' ');

  const setPartnerList = (next: Partner[]) => {
    setPartners(next);
    form.setFieldValue(
      'partnerStructureIds',
      next.map((partner) => partner.id),
    );
    form.clearFieldError('partnerStructureIds');
  };

  const submit = onSubmit((values: AnswerValues) => {
    clearError();
    setSavedAt(null);
    onSave(answerInput(values), {
      onSuccess: (saved) => {
        form.resetDirty();
        setSavedAt(saved.answer?.decision ?? (values.decision || null));
      },
      onError: showError,
    });
  });

  const answered = detail.answer !== undefined;
  const deadline = detail.request.responseDeadline;
  const { decision } = form.values;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="reponse-titre">
      <form onSubmit={submit} noValidate aria-labelledby="reponse-titre">
        <Stack gap="md">
          <Title order={2} size="h3" id="reponse-titre">
            Votre réponse
          </Title>
          {savedAt && (
            <Alert
              ref={confirmation}
              tabIndex={-1}
              color="green"
              variant="outline"
              title="Réponse envoyée"
              role="status"
            >
              {savedAt === 'INTERESTED'
                ? 'L’acheteur voit votre intérêt et votre message ; il vous contactera directement.'
                : 'L’acheteur sait que vous déclinez. Merci d’avoir répondu.'}
              {deadline && ` Vous pouvez la modifier jusqu’au ${formatDay(deadline)}.`}
            </Alert>
          )}
          <Text size="sm">
            {answered ? 'Vous avez déjà répondu ; vous pouvez modifier votre réponse' : 'Répondez'}
            {deadline
              ? ` jusqu’au ${formatDay(deadline)} à 23 h 59 (heure de Paris).`
              : ' tant que le besoin est ouvert.'}
          </Text>
          <FormErrorSummary fields={invalidFields} />
          {formError && (
            <Alert color="red" role="alert" variant="outline">
              {formError}
            </Alert>
          )}
          <Radio.Group
            label="Ce besoin vous intéresse-t-il ?"
            required
            {...form.getInputProps('decision')}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="INTERESTED" label={DECISION_LABELS.INTERESTED} />
              <Radio value="DECLINED" label={DECISION_LABELS.DECLINED} />
            </Stack>
          </Radio.Group>

          {decision === 'INTERESTED' && (
            <>
              <Textarea
                label="Message à l’acheteur"
                description="Ce que vous proposez, vos références, vos disponibilités."
                required
                autosize
                minRows={4}
                maxLength={MAX_ANSWER_TEXT}
                {...form.getInputProps('message')}
              />
              <NumberField
                label="Montant de votre devis (€ HT)"
                description="Facultatif, par exemple 12 500 ou 980,50."
                {...form.getInputProps('quoteAmount')}
              />
              <TextInput
                label="Capacité mensuelle"
                description="Facultatif : ce que vous pouvez prendre en charge par mois, par exemple « 400 heures » ou « 3 équipes »."
                maxLength={MAX_CAPACITY_TEXT}
                {...form.getInputProps('monthlyCapacity')}
              />
              <Stack gap="xs">
                <StructurePicker
                  id="partenaires"
                  label="Structures partenaires (co-traitance)"
                  description={`Facultatif : les structures de l’annuaire avec qui vous répondriez (${MAX_PARTNERS} au plus).`}
                  excludedIds={[detail.structureId, ...partners.map((partner) => partner.id)]}
                  disabled={partners.length >= MAX_PARTNERS}
                  error={partnerError || null}
                  linkToken={linkToken}
                  onPick={(structure) =>
                    setPartnerList([...partners, { id: structure.id, name: structure.name }])
                  }
                />
                {partners.length > 0 && (
                  <Stack
                    gap={4}
                    component="ul"
                    aria-label="Structures partenaires choisies"
                    p={0}
                    m={0}
                    style={{ listStyle: 'none' }}
                  >
                    {partners.map((partner) => (
                      <Group
                        key={partner.id}
                        component="li"
                        gap="xs"
                        wrap="nowrap"
                        justify="space-between"
                      >
                        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {partner.name}
                        </Text>
                        <CloseButton
                          aria-label={`Retirer ${partner.name} des partenaires`}
                          onClick={() =>
                            setPartnerList(partners.filter((other) => other.id !== partner.id))
                          }
                        />
                      </Group>
                    ))}
                  </Stack>
                )}
              </Stack>
            </>
          )}

          {decision === 'DECLINED' && (
            <Textarea
              label="Pourquoi déclinez-vous ?"
              description="Par exemple : hors de notre zone, pas disponible à ces dates, volume trop important."
              required
              autosize
              minRows={3}
              maxLength={MAX_ANSWER_TEXT}
              {...form.getInputProps('declineReason')}
            />
          )}

          <Group justify="flex-end">
            <Button type="submit" loading={saving}>
              {answered ? 'Modifier ma réponse' : 'Envoyer ma réponse'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
