import type { Schema } from '@/lib/api/types';

export type Need = Schema<'Need'>;
export type Obstacle = Schema<'Obstacle'>;
export type EnteredVia = Schema<'EnteredVia'>;
export type FollowUpStatus = Schema<'FollowUpStatus'>;
export type StructureKind = Schema<'StructureKind'>;

/** A need as the survey asks it, and as the facilitators read it. */
export const NEED_LABELS: Record<Need, string> = {
  SUPPLIES: 'Fournitures sanitaires (masques, gel, gants)',
  CUSTOMERS: 'Clients, commandes',
  FINANCING: 'Financement, trésorerie',
  STAFFING: 'Personnel, encadrement',
};

/** The same, short: badges, chart legends, filters. */
export const NEED_SHORT_LABELS: Record<Need, string> = {
  SUPPLIES: 'Fournitures',
  CUSTOMERS: 'Clients',
  FINANCING: 'Financement',
  STAFFING: 'Personnel',
};

export const NEEDS = Object.keys(NEED_LABELS) as Need[];

/** What kept the structure from following people this week. */
export const OBSTACLE_LABELS: Record<Obstacle, string> = {
  NO_EQUIPMENT: 'Pas d’équipement (ordinateur, téléphone)',
  NO_CONNECTION: 'Pas de connexion internet',
  HEALTH: 'Santé',
  CHILDCARE: 'Garde d’enfants',
  TRANSPORT: 'Transport',
  OTHER: 'Autre',
};

export const OBSTACLE_SHORT_LABELS: Record<Obstacle, string> = {
  NO_EQUIPMENT: 'Équipement',
  NO_CONNECTION: 'Connexion',
  HEALTH: 'Santé',
  CHILDCARE: 'Garde d’enfants',
  TRANSPORT: 'Transport',
  OTHER: 'Autre',
};

export const OBSTACLES = Object.keys(OBSTACLE_LABELS) as Obstacle[];

/** Who entered an answer. */
export const ENTERED_VIA_LABELS: Record<EnteredVia, string> = {
  STRUCTURE: 'Saisie par la structure',
  FACILITATOR: 'Saisie par l’équipe d’animation (téléphone)',
  LINK: 'Saisie depuis le lien personnel de l’e-mail',
};

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = {
  OPEN: 'À traiter',
  IN_PROGRESS: 'En cours',
  DONE: 'Terminé',
};

export const FOLLOW_UP_STATUS_COLORS: Record<FollowUpStatus, string> = {
  OPEN: 'red',
  IN_PROGRESS: 'blue',
  DONE: 'gray',
};

export const FOLLOW_UP_STATUSES = Object.keys(FOLLOW_UP_STATUS_LABELS) as FollowUpStatus[];

/** The kinds of structure the barometer surveys (the codes are said as the network says them). */
export const KIND_LABELS: Record<StructureKind, string> = {
  ACI: 'ACI — atelier et chantier d’insertion',
  AI: 'AI — association intermédiaire',
  EI: 'EI — entreprise d’insertion',
  ETTI: 'ETTI — entreprise de travail temporaire d’insertion',
  EITI: 'EITI — entreprise d’insertion par le travail indépendant',
  GEIQ: 'GEIQ — groupement d’employeurs',
  EA: 'EA — entreprise adaptée',
  EATT: 'EATT — entreprise adaptée de travail temporaire',
  ESAT: 'ESAT — établissement et service d’aide par le travail',
};

export const KINDS = Object.keys(KIND_LABELS) as StructureKind[];

/** The short form of a kind, its code as everyone in the network says it ("ACI"). */
export function kindShortLabel(kind: StructureKind | null | undefined): string {
  return kind ?? 'Tous types';
}

/** "2 structures", "1 structure", "0 structure". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('fr-FR')} ${count > 1 ? pluralForm : singular}`;
}

/** "45 %" (one decimal when there is one), "—" when unknown. */
export function formatPct(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${value.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %`;
}

/** The department code the indicators give the structures whose profile has none. */
export const WITHOUT_DEPARTMENT = 'ND';

/** "93 — Seine-Saint-Denis", "Sans département", "Tous départements". */
export function departmentLabel(
  code: string | null | undefined,
  names: ReadonlyMap<string, string>,
): string {
  if (code === null || code === undefined) return 'Tous départements';
  if (code === WITHOUT_DEPARTMENT) return 'Sans département';
  const name = names.get(code);
  return name ? `${code} — ${name}` : code;
}
