import {
  Alert,
  Box,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Stepper,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { FormErrorSummary } from '@/components/form-error-summary';
import { NumberField } from '@/components/number-field';
import { CARDS_MEDIA_QUERY } from '@/components/paged-table';
import { ProblemMessage } from '@/components/problem-message';
import { StaleNotice } from '@/components/stale-notice';
import { paths } from '@/config/paths';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { useInvalidFieldFocus } from '@/hooks/use-invalid-field-focus';
import { formErrors, isStaleWrite } from '@/lib/api/problem';
import { formatDate, formatEuros } from '@/lib/format';
import { parseNumberText } from '@/lib/number-text';
import { useChangeSourcingRequest } from '../api/change-sourcing-request';
import { useSourcingPotential } from '../api/get-sourcing-potential';
import {
  getSourcingRequestQueryOptions,
  type SourcingAttachmentView,
} from '../api/get-sourcing-request';
import { useOngoingContracts } from '../api/ongoing-contracts';
import { useSaveSourcingRequest } from '../api/save-sourcing-request';
import { CHANNEL_LABELS, type SourcingChannel } from '../utils/labels';
import {
  LAST_STEP,
  STEPS,
  formFieldOf,
  isoDay,
  stepOfField,
  toRequestInput,
  validateRequest,
  type RequestFormValues,
  type ValidationMode,
} from '../utils/request-form-values';
import { AttachmentsPanel } from './attachments-panel';
import { BuyerOrganisationSelect } from './buyer-organisation-select';
import { useDirectoryTools, type SourcingReferences } from './directory-tools';
import { PotentialCounter } from './potential-counter';
import { TargetedStructures } from './targeted-structures';

/** A draft already saved: further saves are PUTs with its ETag. */
export interface SavedDraft {
  id: string;
  etag: string | null;
  attachments: SourcingAttachmentView[];
}

type Intent = 'next' | 'draft' | 'submit';

interface RequestFormProps {
  initialValues: RequestFormValues;
  saved: SavedDraft | null;
  /** A facilitator chooses the channel and the buyer organisation. */
  facilitator: boolean;
  /** Shown above the form: why a facilitator sent the draft back. */
  returnReason?: string | null;
  /** After a 412 (someone saved the draft first): read it again. */
  onReload?: () => void;
  /** The name of the buyer organisation of a saved draft. */
  buyerOrganisationName?: string | null;
  /**
   * Whether the reader may send it for validation: not a facilitator correcting a buyer's draft
   * (only its buyer, or the facilitator who wrote it, sends it). Defaults to true.
   */
  canSubmit?: boolean;
}

/** The first step holding one of these fields. */
function firstStepOf(fields: string[]): number {
  return Math.min(...fields.map(stepOfField));
}

const CHANNELS: SourcingChannel[] = ['QUOTE', 'NEGOTIATED', 'SUBCONTRACTING'];

/**
 * « Nouveau besoin » and a draft's edition: five steps, few required fields. Saving a draft
 * needs a title only; sending it for validation needs what a facilitator needs. After a failed
 * save, the step of the first field in error opens and that field takes the focus.
 */
export function RequestForm({
  initialValues,
  saved,
  facilitator,
  returnReason,
  onReload,
  buyerOrganisationName,
  canSubmit = true,
}: RequestFormProps) {
  const tools = useDirectoryTools();
  const references = tools.useReferences();
  const { SectorField, CommuneField } = tools;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const phone = useMediaQuery(CARDS_MEDIA_QUERY);
  const form = useForm<RequestFormValues>({ initialValues });
  const values = form.getValues();
  const [active, setActive] = useState(0);
  const [draft, setDraft] = useState<SavedDraft | null>(saved);
  const [failure, setFailure] = useState<unknown>(null);
  const [stale, setStale] = useState(false);
  const intent = useRef<Intent | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const { invalid, trackForm, focusFirstInvalid } = useInvalidFieldFocus();
  const save = useSaveSourcingRequest();
  const createKey = useIdempotencyKey();
  const change = useChangeSourcingRequest();
  const contracts = useOngoingContracts({ size: 100 }, facilitator);
  const potential = useSourcingPotential(values);
  const busy = save.isPending || change.isPending;
  const today = new Date();

  // Keyboard and screen reader users land on the new step's title.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    headingRef.current?.focus();
  }, [active]);

  const goTo = (step: number) => {
    moved.current = true;
    setActive(step);
  };

  const stepsInError = new Set(
    Object.entries(form.errors)
      .filter(([, message]) => Boolean(message))
      .map(([field]) => stepOfField(field)),
  );

  const showFieldErrors = (errors: Record<string, string>) => {
    form.setErrors(errors);
    const fields = Object.keys(errors);
    if (fields.length === 0) return false;
    setActive(firstStepOf(fields));
    focusFirstInvalid();
    return true;
  };

  const showFailure = (error: unknown) => {
    if (isStaleWrite(error) && onReload) {
      setStale(true);
      return;
    }
    const errors: Record<string, string> = {};
    for (const [field, message] of Object.entries(formErrors(error))) {
      const target = formFieldOf(field);
      errors[target] = errors[target] ? `${errors[target]} ${message}` : message;
    }
    if (!showFieldErrors(errors)) setFailure(error);
  };

  const refreshDraft = async (id: string) => {
    const fresh = await queryClient.query({ ...getSourcingRequestQueryOptions(id), staleTime: 0 });
    setDraft({ id, etag: fresh.etag, attachments: fresh.data.attachments });
  };

  const persist = async (kind: 'draft' | 'submit') => {
    setFailure(null);
    setStale(false);
    try {
      let current = draft;
      if (current === null || form.isDirty() || kind === 'draft') {
        const body = toRequestInput(values);
        const result = await save.mutateAsync({
          saved: current,
          body,
          ...(current === null ? { idempotencyKey: createKey.keyFor(body) } : {}),
        });
        createKey.done();
        current = {
          id: result.data.id,
          etag: result.etag,
          attachments: result.data.attachments,
        };
        setDraft(current);
        form.resetDirty();
      }
      if (kind === 'draft') {
        notifications.show({ color: 'green', message: 'Brouillon enregistré.' });
        return;
      }
      await change.mutateAsync({ action: 'submit', id: current.id });
      notifications.show({ color: 'green', message: 'Besoin envoyé pour validation.' });
      void navigate(paths.request(current.id));
    } catch (error) {
      showFailure(error);
    }
  };

  const handleSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    trackForm(event);
    const chosen = intent.current ?? (active < LAST_STEP ? 'next' : canSubmit ? 'submit' : 'draft');
    intent.current = null;
    const mode: ValidationMode =
      chosen === 'next' ? { kind: 'step', step: active } : { kind: chosen };
    const errors = validateRequest(values, mode, { needsBuyerOrganisation: facilitator, today });
    if (showFieldErrors(errors)) return;
    if (chosen === 'next') {
      goTo(Math.min(active + 1, LAST_STEP));
      return;
    }
    void persist(chosen);
  };

  const chooseContract = (id: string | null) => {
    form.setFieldValue('ongoingContractId', id);
    const contract = contracts.data?.items.find((candidate) => candidate.id === id);
    if (!contract) return;
    form.setFieldValue('buyerOrganisationId', contract.buyerOrganisationId);
    if (values.sectors.length === 0) form.setFieldValue('sectors', contract.sectors);
    if (values.title.trim() === '') {
      form.setFieldValue('title', `Sous-traitance : ${contract.title}`);
    }
  };

  // The buyer's name when it was not picked in the list: the saved draft's, or the chosen contract's.
  const buyerName =
    values.buyerOrganisationId === initialValues.buyerOrganisationId
      ? buyerOrganisationName
      : contracts.data?.items.find(
          (contract) => contract.buyerOrganisationId === values.buyerOrganisationId,
        )?.buyerOrganisationName;
  const sectorsError = form.errors.sectors;
  const step = STEPS[active] ?? STEPS[0];

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Nouveau besoin">
      <Stack gap="md">
        {returnReason && (
          <Alert color="orange" variant="outline" title="Renvoyé par l’animateur">
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {returnReason}
            </Text>
            <Text size="sm" mt="xs">
              Corrigez le besoin puis envoyez-le de nouveau pour validation.
            </Text>
          </Alert>
        )}
        <Stepper
          active={active}
          onStepClick={goTo}
          allowNextStepsSelect
          size={phone ? 'xs' : 'sm'}
          wrap
        >
          {STEPS.map((item, index) => (
            <Stepper.Step
              key={item.label}
              label={phone ? undefined : item.label}
              aria-label={`Étape ${index + 1} : ${item.label}${stepsInError.has(index) ? ' (à corriger)' : ''}`}
              color={stepsInError.has(index) ? 'red' : undefined}
              description={stepsInError.has(index) && !phone ? 'À corriger' : undefined}
            />
          ))}
        </Stepper>

        <Title order={2} size="h3" ref={headingRef} tabIndex={-1}>
          Étape {active + 1} sur {STEPS.length} : {step.label}
        </Title>

        {stale && onReload && <StaleNotice onReload={onReload} />}
        {failure !== null && (
          <Alert
            color="red"
            variant="outline"
            role="alert"
            title="Le besoin n’a pas été enregistré"
          >
            <ProblemMessage error={failure} />
          </Alert>
        )}
        <FormErrorSummary fields={invalid.filter((field) => field.target.isConnected)} />

        {active === 0 && (
          <Stack gap="md">
            {facilitator ? (
              <Radio.Group
                label="Canal"
                {...form.getInputProps('channel')}
                onChange={(value) => form.setFieldValue('channel', value as SourcingChannel)}
              >
                <Stack gap={6} mt={4}>
                  {CHANNELS.map((channel) => (
                    <Radio key={channel} value={channel} label={CHANNEL_LABELS[channel]} />
                  ))}
                </Stack>
              </Radio.Group>
            ) : (
              <Text size="sm">
                Canal : <strong>{CHANNEL_LABELS[values.channel]}</strong>
              </Text>
            )}
            {values.channel === 'SUBCONTRACTING' && (
              <Select
                label="Marché en cours"
                description="Son titulaire sera sollicité pour sous-traiter une partie du marché."
                required
                searchable
                placeholder={contracts.isPending ? 'Chargement…' : 'Choisir'}
                data={(contracts.data?.items ?? []).map((contract) => ({
                  value: contract.id,
                  label: `${contract.title} — ${contract.holderName}`,
                }))}
                nothingFoundMessage="Aucun marché en cours : créez-le dans « Marchés en cours »"
                {...form.getInputProps('ongoingContractId')}
                onChange={chooseContract}
              />
            )}
            {facilitator && (
              <BuyerOrganisationSelect
                value={values.buyerOrganisationId}
                valueName={buyerName}
                onChange={(id) => form.setFieldValue('buyerOrganisationId', id)}
                error={form.errors.buyerOrganisationId}
                disabled={draft !== null}
              />
            )}
            <TextInput
              label="Titre du besoin"
              description="Par exemple : Nettoyage des locaux de la mairie annexe"
              required
              maxLength={200}
              data-autofocus
              {...form.getInputProps('title')}
            />
            <Textarea
              label="Description"
              description="Ce qu’il faut faire, la quantité, le rythme, les contraintes."
              required
              autosize
              minRows={4}
              maxRows={12}
              {...form.getInputProps('description')}
            />
            <TargetedStructures
              ids={values.targetStructureIds}
              onChange={(ids) => form.setFieldValue('targetStructureIds', ids)}
            />
          </Stack>
        )}

        {active === 1 && (
          <Stack gap="md">
            <Box>
              <Text size="sm" fw={500} id="mode-lieu" mb={4}>
                Lieu d’exécution
              </Text>
              <SegmentedControl
                aria-labelledby="mode-lieu"
                data={[
                  { value: 'departments', label: 'Départements' },
                  { value: 'commune', label: 'Autour d’une commune' },
                ]}
                {...form.getInputProps('placeMode')}
              />
            </Box>
            {values.placeMode === 'departments' ? (
              <MultiSelect
                label="Départements"
                required
                searchable
                placeholder="Nom ou numéro"
                data={references.departments.map((department) => ({
                  value: department.code,
                  label: `${department.code} – ${department.name}`,
                }))}
                nothingFoundMessage="Aucun département de ce nom"
                {...form.getInputProps('departments')}
              />
            ) : (
              <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
                <Box miw={220}>
                  <CommuneField
                    label="Commune"
                    required
                    value={values.commune}
                    onChange={(place) => form.setFieldValue('commune', place)}
                    error={form.errors.commune}
                  />
                </Box>
                <Box miw={140} maw={200}>
                  <NumberField
                    label="Rayon (km)"
                    integer
                    required
                    {...form.getInputProps('radiusKm')}
                  />
                </Box>
              </Group>
            )}
            <Checkbox
              label="Inclure les structures qui interviennent dans toute la France"
              {...form.getInputProps('includeNationwide', { type: 'checkbox' })}
            />
          </Stack>
        )}

        {active === 2 && (
          <Stack gap="md">
            <Box data-error={sectorsError ? true : undefined} style={{ minWidth: 0 }}>
              <div
                role="group"
                aria-label="Secteurs d’activité"
                aria-invalid={sectorsError ? true : undefined}
                aria-describedby={sectorsError ? 'secteurs-erreur' : undefined}
              >
                <SectorField
                  selected={values.sectors}
                  onChange={(selected) => form.setFieldValue('sectors', selected)}
                />
              </div>
              <Text size="xs" c="dimmed" mt={4}>
                Choisir un groupe retient tous ses secteurs.
              </Text>
              {sectorsError && (
                <Text id="secteurs-erreur" size="sm" c="var(--mantine-color-error)" mt={4}>
                  {sectorsError}
                </Text>
              )}
            </Box>
            <Checkbox.Group
              label="Types de prestation"
              description="Aucun coché : tous les types."
              {...form.getInputProps('prestaTypes')}
            >
              <Stack gap={6} mt={4}>
                {references.prestaTypes.map((type) => (
                  <Checkbox key={type.code} value={type.code} label={type.label} />
                ))}
              </Stack>
            </Checkbox.Group>
            <MultiSelect
              label="Types de structure"
              description="Aucun choisi : toutes les structures d’insertion."
              searchable
              data={references.kinds.map((kind) => ({ value: kind.code, label: kind.label }))}
              {...form.getInputProps('kinds')}
            />
          </Stack>
        )}

        {active === 3 && (
          <Stack gap="md">
            <Group grow align="flex-start" wrap="wrap" preventGrowOverflow={false}>
              <Box miw={160}>
                <NumberField label="Montant minimum (€ HT)" {...form.getInputProps('amountMin')} />
              </Box>
              <Box miw={160}>
                <NumberField label="Montant maximum (€ HT)" {...form.getInputProps('amountMax')} />
              </Box>
            </Group>
            <Group grow align="flex-start" wrap="wrap" preventGrowOverflow={false}>
              <Box miw={160}>
                <TextInput
                  type="date"
                  label="Date limite de réponse"
                  description="Réponses acceptées jusqu’à 23 h 59 ce jour-là."
                  required
                  min={isoDay(today)}
                  {...form.getInputProps('responseDeadline')}
                />
              </Box>
              <Box miw={160}>
                <TextInput
                  type="date"
                  label="Date de début souhaitée"
                  {...form.getInputProps('startDate')}
                />
              </Box>
            </Group>
            <Checkbox
              label="Le marché comporte une clause sociale"
              {...form.getInputProps('socialClause', { type: 'checkbox' })}
            />
          </Stack>
        )}

        {active === 4 && (
          <Stack gap="sm">
            {draft ? (
              <AttachmentsPanel
                requestId={draft.id}
                attachments={draft.attachments}
                editable
                onChanged={() => void refreshDraft(draft.id)}
              />
            ) : (
              <Text size="sm">
                Pour joindre un cahier des charges, un plan ou des photos, enregistrez d’abord le
                brouillon : vous pourrez ensuite ajouter jusqu’à 3 fichiers.
              </Text>
            )}
            <Summary values={values} references={references} />
          </Stack>
        )}

        <PotentialCounter
          count={potential.data?.matching ?? null}
          reachable={potential.data?.reachable ?? null}
          loading={potential.isFetching}
          failed={potential.isError}
          recommendation={potential.data?.recommendation ?? null}
          reason={potential.data?.reason ?? null}
        />

        <Group justify="space-between" gap="sm" mt="sm">
          <Button
            variant="default"
            disabled={active === 0 || busy}
            onClick={() => goTo(Math.max(0, active - 1))}
          >
            Précédent
          </Button>
          <Group gap="sm">
            {active < LAST_STEP && (
              <Button type="submit" onClick={() => (intent.current = 'next')} disabled={busy}>
                Suivant
              </Button>
            )}
            <Button
              type="submit"
              variant={active < LAST_STEP ? 'default' : 'outline'}
              loading={save.isPending && !change.isPending}
              disabled={busy}
              onClick={() => (intent.current = 'draft')}
            >
              Enregistrer le brouillon
            </Button>
            {active === LAST_STEP && canSubmit && (
              <Button
                type="submit"
                loading={change.isPending}
                disabled={busy}
                onClick={() => (intent.current = 'submit')}
              >
                Envoyer pour validation
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

interface SummaryProps {
  values: RequestFormValues;
  references: SourcingReferences;
}

/** What will be sent, before sending it. */
function Summary({ values, references }: SummaryProps) {
  const place =
    values.placeMode === 'commune'
      ? values.commune
        ? `${values.commune.name}, ${values.radiusKm} km autour`
        : 'à choisir'
      : values.departments.map(references.departmentName).join(', ') || 'à choisir';
  const amounts = [parseNumberText(values.amountMin), parseNumberText(values.amountMax)].filter(
    (amount) => amount !== undefined,
  );
  return (
    <Alert variant="light" title="Récapitulatif">
      <Stack gap={2}>
        <Text size="sm">Titre : {values.title.trim() || 'à saisir'}</Text>
        <Text size="sm">Lieu : {place}</Text>
        <Text size="sm">
          Secteurs : {values.sectors.map(references.sectorName).join(', ') || 'à choisir'}
        </Text>
        {amounts.length > 0 && (
          <Text size="sm">Montant : {amounts.map(formatEuros).join(' à ')}</Text>
        )}
        <Text size="sm">
          Date limite de réponse :{' '}
          {values.responseDeadline ? formatDate(values.responseDeadline) : 'à choisir'}
        </Text>
      </Stack>
    </Alert>
  );
}
