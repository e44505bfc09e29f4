import type { Schema } from '@/lib/api/types';

/**
 * The French words of the financing diagnostic: codes of the API (statuses, risk levels,
 * instruments) are never shown as they are.
 */
export type DiagnosticStatus = Schema<'FinancingDiagnosticStatus'>;
export type RiskLevel = Schema<'RiskLevel'>;
export type Instrument = Schema<'Instrument'>;

export const STATUS_LABELS: Record<DiagnosticStatus, string> = {
  DRAFT: 'Brouillon',
  SUBMITTED: 'Envoyé',
  IN_REVIEW: 'En cours d’examen',
  ORIENTED: 'Orienté',
  CLOSED: 'Clos',
};

export const STATUS_COLORS: Record<DiagnosticStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'orange',
  IN_REVIEW: 'blue',
  ORIENTED: 'teal',
  CLOSED: 'dark',
};

/** Not closed: a structure has one of these at most. */
export const OPEN_STATUSES: DiagnosticStatus[] = ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'ORIENTED'];

/** What the status means for the structure that filled the diagnostic. */
export const STATUS_EXPLANATIONS: Record<DiagnosticStatus, string> = {
  DRAFT:
    'Brouillon : complétez les informations, enregistrez pour voir les chiffres, puis envoyez le diagnostic à l’animateur.',
  SUBMITTED: 'Envoyé : un animateur va le prendre en charge. Vous serez recontacté pour la suite.',
  IN_REVIEW: 'En cours d’examen par un animateur, qui choisira avec vous les aides à solliciter.',
  ORIENTED: 'Orienté : l’animateur a choisi les aides à solliciter, elles figurent ci-dessous.',
  CLOSED: 'Clos : ce diagnostic est terminé. Vous pouvez en ouvrir un nouveau si besoin.',
};

/** The adjective of each level, as in « risque élevé » (the server's own words). */
export const RISK_LABELS: Record<RiskLevel, string> = {
  LOW: 'faible',
  MEDIUM: 'moyen',
  HIGH: 'élevé',
  CRITICAL: 'critique',
};

/** « Risque élevé » */
export function riskLabel(level: RiskLevel): string {
  return `Risque ${RISK_LABELS[level]}`;
}

/** The filter's options: the levels from the most to the least severe. */
export const RISK_FILTER_LABELS: Record<RiskLevel, string> = {
  CRITICAL: 'Risque critique',
  HIGH: 'Risque élevé',
  MEDIUM: 'Risque moyen',
  LOW: 'Risque faible',
};

export const RISK_COLORS: Record<RiskLevel, string> = {
  LOW: 'green',
  MEDIUM: 'yellow',
  HIGH: 'orange',
  CRITICAL: 'red',
};

/** When each level applies (the rule), in the order they are tested. */
export const RISK_RULES: Record<RiskLevel, string> = {
  CRITICAL: 'trésorerie nette à 3 mois négative, ou moins d’un mois de trésorerie',
  HIGH: 'moins de 3 mois de trésorerie',
  MEDIUM: 'moins de 6 mois de trésorerie, ou une perte de chiffre d’affaires d’au moins 30 %',
  LOW: 'aucune des situations ci-dessus',
};

export const RISK_LEVELS: RiskLevel[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

export const INSTRUMENT_LABELS: Record<Instrument, string> = {
  PGE: 'Prêt garanti par l’État (PGE)',
  FDI_CONSOLIDATION: 'Aide à la consolidation du FDI',
  FDI_CONSULTING: 'Aide au conseil du FDI',
  DLA: 'Dispositif local d’accompagnement (DLA)',
  SHORT_TIME_WORK: 'Activité partielle',
  CHARGES_DEFERRAL: 'Report des charges sociales et fiscales',
  SOLIDARITY_FUND: 'Fonds de solidarité',
  FRANCE_ACTIVE: 'Garantie ou prêt France Active',
};

/** "1 diagnostic", "3 diagnostics". */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count.toLocaleString('fr-FR')} ${count > 1 ? pluralWord : word}`;
}
