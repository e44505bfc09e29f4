import type { Schema } from '@/lib/api/types';
import { numberTextError, parseNumberText } from '@/lib/number-text';
import type { PlacePoint } from '../components/directory-tools';
import type { SourcingChannel } from './labels';

export type SourcingRequestInput = Schema<'SourcingRequestInput'>;
export type SourcingRequestView = Schema<'SourcingRequestView'>;

export type PlaceMode = 'departments' | 'commune';

/** The form as typed: numbers and dates kept as text, checked before they are sent. */
export interface RequestFormValues {
  title: string;
  description: string;
  channel: SourcingChannel;
  ongoingContractId: string | null;
  buyerOrganisationId: string | null;
  placeMode: PlaceMode;
  departments: string[];
  commune: PlacePoint | null;
  radiusKm: string;
  includeNationwide: boolean;
  sectors: string[];
  prestaTypes: string[];
  kinds: string[];
  amountMin: string;
  amountMax: string;
  /** yyyy-mm-dd, as a date input gives it. */
  responseDeadline: string;
  startDate: string;
  socialClause: boolean;
  targetStructureIds: string[];
  excludedStructureIds: string[];
}

export const DEFAULT_RADIUS_KM = 20;
/** Answers are awaited two weeks by default. */
export const DEFAULT_DEADLINE_DAYS = 14;
export const MAX_RADIUS_KM = 1000;

/** A day as yyyy-mm-dd in the person's time zone. */
export function isoDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

export function addDays(date: Date, days: number): Date {
  const next = new Date(date);
  next.setDate(next.getDate() + days);
  return next;
}

interface NewRequestOptions {
  today: Date;
  channel?: SourcingChannel;
  targetStructureIds?: string[];
  ongoingContractId?: string | null;
  buyerOrganisationId?: string | null;
  sectors?: string[];
}

export function newRequestValues({
  today,
  channel = 'QUOTE',
  targetStructureIds = [],
  ongoingContractId = null,
  buyerOrganisationId = null,
  sectors = [],
}: NewRequestOptions): RequestFormValues {
  return {
    title: '',
    description: '',
    channel,
    ongoingContractId,
    buyerOrganisationId,
    placeMode: 'departments',
    departments: [],
    commune: null,
    radiusKm: String(DEFAULT_RADIUS_KM),
    includeNationwide: false,
    sectors,
    prestaTypes: [],
    kinds: [],
    amountMin: '',
    amountMax: '',
    responseDeadline: isoDay(addDays(today, DEFAULT_DEADLINE_DAYS)),
    startDate: '',
    socialClause: false,
    targetStructureIds,
    excludedStructureIds: [],
  };
}

function amountText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value).replace('.', ',');
}

/** A saved request, back in the form (to edit a draft). */
export function valuesFromRequest(request: SourcingRequestView): RequestFormValues {
  const point =
    request.lat != null && request.lon != null
      ? {
          name: request.placeLabel ?? 'Point choisi',
          latitude: request.lat,
          longitude: request.lon,
          ...(request.department ? { department: request.department } : {}),
        }
      : null;
  return {
    title: request.title,
    description: request.description,
    channel: request.channel,
    ongoingContractId: request.ongoingContractId ?? null,
    buyerOrganisationId: request.buyerOrganisationId,
    placeMode: point ? 'commune' : 'departments',
    departments: request.departments,
    commune: point,
    radiusKm: String(request.radiusKm ?? DEFAULT_RADIUS_KM),
    includeNationwide: request.includeNationwide,
    sectors: request.sectors,
    prestaTypes: request.prestaTypes,
    kinds: request.kinds,
    amountMin: amountText(request.amountMin),
    amountMax: amountText(request.amountMax),
    responseDeadline: request.responseDeadline ?? '',
    startDate: request.startDate ?? '',
    socialClause: request.socialClause,
    targetStructureIds: request.targetStructureIds,
    excludedStructureIds: request.excludedStructureIds,
  };
}

/**
 * The request to send. Numbers are read with the one parser (an invalid text was refused by the
 * validation before; while typing, for the live count, it is left out).
 */
export function toRequestInput(values: RequestFormValues): SourcingRequestInput {
  const byPoint = values.placeMode === 'commune' && values.commune !== null;
  const radius = parseNumberText(values.radiusKm);
  const input: SourcingRequestInput = {
    title: values.title.trim(),
    description: values.description.trim(),
    channel: values.channel,
    sectors: values.sectors,
    prestaTypes: values.prestaTypes,
    kinds: values.kinds,
    departments: byPoint ? [] : values.departments,
    includeNationwide: values.includeNationwide,
    socialClause: values.socialClause,
    targetStructureIds: values.targetStructureIds,
    excludedStructureIds: values.excludedStructureIds,
  };
  if (values.channel === 'SUBCONTRACTING' && values.ongoingContractId) {
    input.ongoingContractId = values.ongoingContractId;
  }
  if (values.buyerOrganisationId) input.buyerOrganisationId = values.buyerOrganisationId;
  if (byPoint && values.commune) {
    input.lat = values.commune.latitude;
    input.lon = values.commune.longitude;
    input.placeLabel = values.commune.name;
    if (values.commune.department) input.department = values.commune.department;
    if (radius !== undefined && Number.isInteger(radius) && radius >= 1) input.radiusKm = radius;
  }
  const amountMin = parseNumberText(values.amountMin);
  const amountMax = parseNumberText(values.amountMax);
  if (amountMin !== undefined && amountMin >= 0) input.amountMin = amountMin;
  if (amountMax !== undefined && amountMax >= 0) input.amountMax = amountMax;
  if (values.responseDeadline) input.responseDeadline = values.responseDeadline;
  if (values.startDate) input.startDate = values.startDate;
  return input;
}

/** The form's steps, and the fields each one holds (to open the step of a field in error). */
export const STEPS = [
  {
    label: 'Le besoin',
    fields: ['title', 'description', 'channel', 'ongoingContractId', 'buyerOrganisationId'],
  },
  { label: 'Le lieu', fields: ['placeMode', 'departments', 'commune', 'radiusKm'] },
  { label: 'Les secteurs', fields: ['sectors', 'prestaTypes', 'kinds'] },
  {
    label: 'Montant et dates',
    fields: ['amountMin', 'amountMax', 'responseDeadline', 'startDate', 'socialClause'],
  },
  { label: 'Pièces jointes', fields: [] },
] as const;

export const LAST_STEP = STEPS.length - 1;

/** The step that holds a field (the first step for a field no step shows). */
export function stepOfField(field: string): number {
  const index = STEPS.findIndex((step) => (step.fields as readonly string[]).includes(field));
  return Math.max(0, index);
}

/** Where the server's field names land in the form (the point's parts are the commune field). */
export function formFieldOf(apiField: string): string {
  const root = apiField.split(/[.[]/)[0] ?? apiField;
  if (['lat', 'lon', 'placeLabel', 'department'].includes(root)) return 'commune';
  return root;
}

export type ValidationMode =
  /** Leaving a step: that step's fields, as complete as a submission needs them. */
  | { kind: 'step'; step: number }
  /** Saving a draft: a title and well-formed values; the rest may wait. */
  | { kind: 'draft' }
  /** Sending for validation: everything a facilitator needs. */
  | { kind: 'submit' };

interface ValidationContext {
  /** A facilitator names the buyer organisation; a buyer's is its own. */
  needsBuyerOrganisation: boolean;
  today: Date;
}

const AMOUNT = { decimals: 2, min: 0 };

/** The French message of each field in error, by form field. */
export function validateRequest(
  values: RequestFormValues,
  mode: ValidationMode,
  { needsBuyerOrganisation, today }: ValidationContext,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const complete = mode.kind !== 'draft';
  const add = (field: string, message: string | null | false) => {
    if (message) errors[field] = message;
  };

  add('title', values.title.trim() === '' && 'Donnez un titre au besoin.');
  add('title', values.title.trim().length > 200 && 'Le titre compte au plus 200 caractères.');
  add(
    'description',
    complete && values.description.trim() === '' && 'Décrivez le besoin en quelques lignes.',
  );
  add(
    'ongoingContractId',
    values.channel === 'SUBCONTRACTING' &&
      !values.ongoingContractId &&
      'Choisissez le marché en cours dont le titulaire sous-traiterait.',
  );
  add(
    'buyerOrganisationId',
    needsBuyerOrganisation && !values.buyerOrganisationId && 'Choisissez l’organisation acheteuse.',
  );

  if (values.placeMode === 'departments') {
    add(
      'departments',
      complete && values.departments.length === 0 && 'Choisissez au moins un département.',
    );
  } else {
    add('commune', complete && values.commune === null && 'Choisissez une commune.');
    add(
      'radiusKm',
      numberTextError(values.radiusKm, {
        integer: true,
        min: 1,
        max: MAX_RADIUS_KM,
        required: 'Indiquez un rayon en kilomètres.',
      }),
    );
  }

  add('sectors', complete && values.sectors.length === 0 && 'Choisissez au moins un secteur.');

  add('amountMin', numberTextError(values.amountMin, AMOUNT));
  add('amountMax', numberTextError(values.amountMax, AMOUNT));
  const min = parseNumberText(values.amountMin);
  const max = parseNumberText(values.amountMax);
  if (!errors.amountMin && !errors.amountMax && min !== undefined && max !== undefined) {
    add('amountMax', max < min && 'Le montant maximum doit être au moins égal au minimum.');
  }
  if (values.responseDeadline === '') {
    add('responseDeadline', complete && 'Indiquez la date limite de réponse.');
  } else if (values.responseDeadline < isoDay(today)) {
    add('responseDeadline', 'La date limite de réponse ne peut pas être passée.');
  }

  if (values.startDate !== '' && values.responseDeadline !== '') {
    add(
      'startDate',
      values.startDate < values.responseDeadline &&
        'Le démarrage ne peut précéder la date limite de réponse.',
    );
  }

  if (mode.kind !== 'step') return errors;
  const shown: readonly string[] = STEPS[mode.step]?.fields ?? [];
  return Object.fromEntries(Object.entries(errors).filter(([field]) => shown.includes(field)));
}
