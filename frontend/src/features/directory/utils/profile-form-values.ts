import { numberText, parseNumberText, type NumberTextRule } from '@/lib/number-text';
import type { StructureInput } from '../api/create-structure';
import type { StructureDetail } from '../api/get-structure';
import type { StructureKind } from '../hooks/use-directory-references';

/**
 * The profile form's values: what the inputs hold. Numbers stay the text that
 * was typed (checked by the form's rules, see PROFILE_NUMBER_RULES) until they
 * are sent.
 */
export interface ProfileValues {
  siret: string;
  name: string;
  brand: string;
  kind: StructureKind | null;
  legalForm: string;
  naf: string;
  address: string;
  postCode: string;
  city: string;
  department: string | null;
  latitude: string;
  longitude: string;
  description: string;
  email: string;
  phone: string;
  contactName: string;
  website: string;
  insertionFte: string;
  permanentHeadcount: string;
  annualRevenue: string;
  labels: string[];
  networks: string[];
  clientReferences: { name: string; description: string }[];
  active: boolean;
}

type NumberField =
  'latitude' | 'longitude' | 'insertionFte' | 'permanentHeadcount' | 'annualRevenue';

/** What each number of the profile accepts (the API's bounds). */
export const PROFILE_NUMBER_RULES: Record<NumberField, NumberTextRule> = {
  latitude: { min: -90, max: 90, decimals: 6 },
  longitude: { min: -180, max: 180, decimals: 6 },
  insertionFte: { min: 0, max: 999_999, decimals: 2 },
  permanentHeadcount: { integer: true, min: 0, max: 10_000_000 },
  annualRevenue: { integer: true, min: 0, max: 1_000_000_000_000_000 },
};

/** The form's starting values: the profile read from the API, or an empty one to create. */
export function profileFormValues(structure: StructureDetail | null): ProfileValues {
  return {
    siret: structure?.siret ?? '',
    name: structure?.name ?? '',
    brand: structure?.brand ?? '',
    kind: structure?.kind ?? null,
    legalForm: structure?.legalForm ?? '',
    naf: structure?.naf ?? '',
    address: structure?.address ?? '',
    postCode: structure?.postCode ?? '',
    city: structure?.city ?? '',
    department: structure?.department ?? null,
    latitude: numberText(structure?.latitude),
    longitude: numberText(structure?.longitude),
    description: structure?.description ?? '',
    email: structure?.email ?? '',
    phone: structure?.phone ?? '',
    contactName: structure?.contactName ?? '',
    website: structure?.website ?? '',
    insertionFte: numberText(structure?.insertionFte),
    permanentHeadcount: numberText(structure?.permanentHeadcount),
    annualRevenue: numberText(structure?.annualRevenue),
    labels: structure?.labels ?? [],
    networks: structure?.networks ?? [],
    clientReferences: (structure?.clientReferences ?? []).map((reference) => ({
      name: reference.name,
      description: reference.description ?? '',
    })),
    active: structure?.active ?? true,
  };
}

function text(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The body the API takes, from validated values (empty texts and numbers left out). */
export function profileInput(values: ProfileValues, kind: StructureKind): StructureInput {
  return {
    siret: values.siret.replace(/\s/g, ''),
    name: values.name.trim(),
    brand: text(values.brand),
    kind,
    legalForm: text(values.legalForm),
    naf: text(values.naf),
    address: text(values.address),
    postCode: text(values.postCode),
    city: text(values.city),
    department: values.department ?? undefined,
    latitude: parseNumberText(values.latitude),
    longitude: parseNumberText(values.longitude),
    description: text(values.description),
    email: text(values.email),
    phone: text(values.phone),
    contactName: text(values.contactName),
    website: text(values.website),
    insertionFte: parseNumberText(values.insertionFte),
    permanentHeadcount: parseNumberText(values.permanentHeadcount),
    annualRevenue: parseNumberText(values.annualRevenue),
    labels: values.labels,
    networks: values.networks,
    clientReferences: values.clientReferences
      .filter((reference) => reference.name.trim() !== '')
      .map((reference) => ({
        name: reference.name.trim(),
        description: text(reference.description),
      })),
    active: values.active,
  };
}
