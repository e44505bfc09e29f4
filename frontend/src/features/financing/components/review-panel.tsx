import { Alert, Button, Checkbox, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { AssigneeSelect } from '@/components/assignee-select';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { DetailField, DetailSection } from '@/components/detail-section';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { FormErrorSummary } from '@/components/form-error-summary';
import { isStaleWrite } from '@/lib/api/problem';
import { useSession } from '@/lib/auth/use-session';
import { StaleNotice } from '@/components/stale-notice';
import { useCloseDiagnostic } from '../api/close-diagnostic';
import type { DiagnosticView } from '../api/get-diagnostic';
import { useOrientDiagnostic } from '../api/orient-diagnostic';
import { useReviewDiagnostic } from '../api/review-diagnostic';
import { dayFromToday, formatDay } from '../utils/format';
import { INSTRUMENT_LABELS, type Instrument } from '../utils/labels';
import { describeAmount } from './recommendations-panel';

const ALL_INSTRUMENTS = Object.keys(INSTRUMENT_LABELS) as Instrument[];
const MAX_NOTES = 4000;
/** The server takes a follow-up from today to two years ahead. */
const MAX_FOLLOW_UP_DAYS = 2 * 365;

interface SectionProps {
  diagnostic: DiagnosticView;
  /** The version read, sent in If-Match: acting on a stale view is refused (412). */
  etag: string | null;
  onStale: () => void;
}

/** Who handles the diagnostic (oneself or another facilitator), and the review notes (never shown to the structure). */
function ReviewSection({ diagnostic, etag, onStale }: SectionProps) {
  const user = useSession()?.user;
  const me = { id: user?.id ?? '', name: user?.displayName ?? '' };
  const review = useReviewDiagnostic();
  const current = diagnostic.assigneeUserId ?? null;
  const mine = current !== null && current === me.id;
  const open = diagnostic.status === 'SUBMITTED' || diagnostic.status === 'IN_REVIEW';
  const form = useForm({
    initialValues: { assigneeUserId: current ?? me.id, notes: diagnostic.reviewNotes ?? '' },
    validate: {
      notes: (value) =>
        value.length > MAX_NOTES
          ? `Les notes ne peuvent dépasser ${MAX_NOTES.toLocaleString('fr-FR')} caractères.`
          : null,
    },
  });
  const { formError, invalidFields, onSubmit, showError, clearError } = useApiFormErrors(form);
  const chosen = form.values.assigneeUserId;
  const handingOver = chosen !== current;

  const submit = onSubmit(({ assigneeUserId, notes }) => {
    clearError();
    review.mutate(
      {
        id: diagnostic.id,
        etag,
        body: { assigneeUserId, notes: notes.trim() === '' ? undefined : notes },
      },
      {
        onSuccess: (saved) => {
          form.resetDirty();
          notifications.show({
            color: 'green',
            message: !handingOver
              ? 'Notes enregistrées.'
              : assigneeUserId === me.id
                ? 'Vous suivez maintenant ce diagnostic.'
                : `Diagnostic attribué à ${saved.data.assigneeName ?? 'un autre animateur'} : un e-mail l’en prévient.`,
          });
        },
        onError: (error) => (isStaleWrite(error) ? onStale() : showError(error)),
      },
    );
  });

  return (
    <DetailSection title="Examen">
      <Stack component="dl" m={0} gap="sm">
        <DetailField label="Suivi par">
          {diagnostic.assigneeName ?? 'Personne pour l’instant'}
          {mine && ' (vous)'}
        </DetailField>
      </Stack>
      {open ? (
        <form onSubmit={submit} noValidate aria-label="Examen du diagnostic">
          <Stack gap="sm">
            {formError && (
              <Alert color="red" variant="outline" role="alert">
                {formError}
              </Alert>
            )}
            <FormErrorSummary fields={invalidFields} />
            <AssigneeSelect
              me={me}
              current={
                current
                  ? { id: current, name: diagnostic.assigneeName ?? 'Un autre animateur' }
                  : null
              }
              description="Vous-même, ou un autre animateur : il en est prévenu par e-mail."
              maw={{ base: '100%', xs: 360 }}
              {...form.getInputProps('assigneeUserId')}
            />
            <Textarea
              label="Notes d’examen"
              description="Visibles des animateurs et des administrateurs seulement."
              autosize
              minRows={3}
              maxRows={12}
              {...form.getInputProps('notes')}
            />
            <Group justify="flex-end">
              <Button
                type="submit"
                loading={review.isPending}
                variant={handingOver ? 'filled' : 'outline'}
              >
                {!handingOver
                  ? 'Enregistrer les notes'
                  : chosen === me.id
                    ? 'Prendre en charge'
                    : 'Attribuer le diagnostic'}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        diagnostic.reviewNotes && (
          <Stack component="dl" m={0}>
            <DetailField label="Notes d’examen">
              <span style={{ whiteSpace: 'pre-wrap' }}>{diagnostic.reviewNotes}</span>
            </DetailField>
          </Stack>
        )
      )}
    </DetailSection>
  );
}

interface OrientValues {
  instruments: Instrument[];
  comment: string;
  followUpDate: string;
}

/** The instruments chosen among the recommendations (others if need be), a word, the next call. */
function OrientSection({ diagnostic, etag, onStale }: SectionProps) {
  const orient = useOrientDiagnostic();
  const reorienting = diagnostic.status === 'ORIENTED';
  const recommended = diagnostic.recommendations.map((recommendation) => recommendation.instrument);
  const others = ALL_INSTRUMENTS.filter((instrument) => !recommended.includes(instrument));
  const form = useForm<OrientValues>({
    // An oriented diagnostic may be oriented again: its current orientation is the start.
    initialValues: {
      instruments: diagnostic.orientation?.instruments ?? [],
      comment: diagnostic.orientation?.comment ?? '',
      followUpDate: diagnostic.followUpDate ?? '',
    },
    validate: {
      instruments: (value) =>
        value.length === 0 ? 'Choisissez au moins une aide à solliciter.' : null,
      comment: (value) =>
        value.length > MAX_NOTES
          ? `Le message ne peut dépasser ${MAX_NOTES.toLocaleString('fr-FR')} caractères.`
          : null,
      followUpDate: (value) => {
        if (value === '') return null;
        if (value < dayFromToday(0)) return 'Choisissez aujourd’hui ou une date à venir.';
        if (value > dayFromToday(MAX_FOLLOW_UP_DAYS)) {
          return 'Choisissez une date dans les deux ans qui viennent.';
        }
        return null;
      },
    },
  });
  const { formError, invalidFields, onSubmit, showError, clearError } = useApiFormErrors(form);

  const submit = onSubmit(({ instruments, comment, followUpDate }) => {
    clearError();
    orient.mutate(
      {
        id: diagnostic.id,
        etag,
        body: {
          // In the order they are offered, whatever the order of the clicks.
          instruments: [...recommended, ...others].filter((instrument) =>
            instruments.includes(instrument),
          ),
          ...(comment.trim() === '' ? {} : { comment: comment.trim() }),
          ...(followUpDate === '' ? {} : { followUpDate }),
        },
      },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: 'Orientation enregistrée : la structure la voit sur son diagnostic.',
          }),
        onError: (error) => (isStaleWrite(error) ? onStale() : showError(error)),
      },
    );
  });

  const option = (instrument: Instrument) => {
    const recommendation = diagnostic.recommendations.find(
      (candidate) => candidate.instrument === instrument,
    );
    return (
      <Checkbox
        key={instrument}
        value={instrument}
        label={INSTRUMENT_LABELS[instrument]}
        description={recommendation ? describeAmount(recommendation.amount) : undefined}
      />
    );
  };

  return (
    <DetailSection title={reorienting ? 'Changer l’orientation' : 'Orienter la structure'}>
      <form onSubmit={submit} noValidate aria-label="Orientation">
        <Stack gap="md">
          {formError && (
            <Alert color="red" variant="outline" role="alert">
              {formError}
            </Alert>
          )}
          <FormErrorSummary fields={invalidFields} />
          <Checkbox.Group
            label="Aides à solliciter"
            description={
              recommended.length > 0
                ? 'Parmi les aides recommandées ; d’autres restent possibles si la situation le justifie.'
                : 'Aucune aide n’est recommandée par les règles : choisissez celles qui conviennent.'
            }
            {...form.getInputProps('instruments')}
          >
            <Stack gap="xs" mt="xs">
              {recommended.length > 0 && (
                <Text size="sm" fw={600}>
                  Recommandées
                </Text>
              )}
              {recommended.map(option)}
              {recommended.length > 0 && others.length > 0 && (
                <Text size="sm" fw={600} mt="xs">
                  Autres aides
                </Text>
              )}
              {others.map(option)}
            </Stack>
          </Checkbox.Group>
          <Textarea
            label="Message pour la structure"
            description="Ce que la structure doit faire ensuite : démarches, interlocuteurs, pièces à réunir."
            autosize
            minRows={3}
            maxRows={12}
            {...form.getInputProps('comment')}
          />
          <TextInput
            type="date"
            label="Date du prochain point"
            description="Le jour où vous rappellerez la structure (facultatif)."
            min={dayFromToday(0)}
            max={dayFromToday(MAX_FOLLOW_UP_DAYS)}
            maw={{ base: '100%', xs: 240 }}
            {...form.getInputProps('followUpDate')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={orient.isPending}>
              {reorienting ? 'Enregistrer la nouvelle orientation' : 'Orienter la structure'}
            </Button>
          </Group>
        </Stack>
      </form>
    </DetailSection>
  );
}

/** « Clore le diagnostic », after confirmation, with an optional reason. */
function CloseSection({ diagnostic, etag, onStale }: SectionProps) {
  const close = useCloseDiagnostic();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');

  return (
    <DetailSection title="Clôture">
      <Text size="sm">
        Un diagnostic clos ne peut plus être modifié ; la structure pourra en ouvrir un nouveau.
      </Text>
      <Group>
        <Button
          variant="outline"
          color="red"
          onClick={() => {
            close.reset();
            setAsking(true);
          }}
        >
          Clore le diagnostic
        </Button>
      </Group>
      {asking && (
        <ConfirmDialog
          title="Clore le diagnostic"
          confirmLabel="Oui, clore le diagnostic"
          submitting={close.isPending}
          error={close.error}
          onClose={() => setAsking(false)}
          onConfirm={() =>
            close.mutate(
              {
                id: diagnostic.id,
                etag,
                body: reason.trim() === '' ? {} : { reason: reason.trim() },
              },
              {
                onSuccess: () => {
                  setAsking(false);
                  notifications.show({ color: 'green', message: 'Diagnostic clos.' });
                },
                onError: (error) => {
                  if (isStaleWrite(error)) {
                    setAsking(false);
                    onStale();
                  }
                },
              },
            )
          }
        >
          <Stack gap="sm">
            <Text>
              Le diagnostic de {diagnostic.structureName} sera clos : il ne pourra plus être
              modifié.
            </Text>
            <Textarea
              label="Motif (facultatif)"
              description="Par exemple : aides obtenues, structure accompagnée par ailleurs."
              maxLength={2000}
              autosize
              minRows={2}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
          </Stack>
        </ConfirmDialog>
      )}
    </DetailSection>
  );
}

/**
 * The facilitator's side of a diagnostic: take it and keep notes, orient the structure, close
 * it. What is offered follows the status (the server refuses transitions out of order).
 */
export function ReviewPanel({
  diagnostic,
  etag,
  onReload,
}: {
  diagnostic: DiagnosticView;
  etag: string | null;
  onReload: () => Promise<unknown>;
}) {
  const [stale, setStale] = useState(false);
  const sectionProps = { diagnostic, etag, onStale: () => setStale(true) };
  return (
    <Stack gap="lg">
      {stale && (
        <StaleNotice
          onReload={() => {
            void onReload().then(() => setStale(false));
          }}
        />
      )}
      {/* Keyed by the version, so that a new version starts each form afresh; prefixed, as siblings' keys must differ. */}
      {diagnostic.status !== 'DRAFT' && <ReviewSection key={`review-${etag}`} {...sectionProps} />}
      {diagnostic.status === 'SUBMITTED' && (
        <Alert variant="light" title="Pour orienter la structure">
          <Text size="sm">Prenez d’abord le diagnostic en charge : l’orientation suivra.</Text>
        </Alert>
      )}
      {(diagnostic.status === 'IN_REVIEW' || diagnostic.status === 'ORIENTED') && (
        <OrientSection key={`orient-${etag}`} {...sectionProps} />
      )}
      {diagnostic.status === 'CLOSED' ? (
        <DetailSection title="Clôture">
          <Stack component="dl" m={0}>
            <DetailField label="Motif">{diagnostic.closeReason ?? 'Aucun motif donné'}</DetailField>
            {diagnostic.followUpDate && (
              <DetailField label="Prochain point prévu">
                {formatDay(diagnostic.followUpDate)}
              </DetailField>
            )}
          </Stack>
        </DetailSection>
      ) : (
        <CloseSection {...sectionProps} />
      )}
    </Stack>
  );
}
