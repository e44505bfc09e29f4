import type { Schema } from '@/lib/api/types';

export type SourcingStatus = Schema<'SourcingStatus'>;
export type SourcingChannel = Schema<'SourcingChannel'>;
export type SourcingOutcome = Schema<'SourcingOutcome'>;
export type SourcingRequestSort = Schema<'SourcingRequestSort'>;

export const STATUS_LABELS: Record<SourcingStatus, string> = {
  DRAFT: 'Brouillon',
  SUBMITTED: 'À valider',
  PUBLISHED: 'Publié',
  CLOSED: 'Clôturé',
};

export const STATUS_COLORS: Record<SourcingStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'orange',
  PUBLISHED: 'blue',
  CLOSED: 'dark',
};

export const CHANNEL_LABELS: Record<SourcingChannel, string> = {
  QUOTE: 'Demande de devis',
  NEGOTIATED: 'Opportunité de gré à gré',
  SUBCONTRACTING: 'Sous-traitance d’un marché en cours',
};

export const OUTCOME_LABELS: Record<SourcingOutcome, string> = {
  AWARDED: 'Attribué',
  UNSUCCESSFUL: 'Infructueux',
  CANCELLED: 'Annulé',
};

/** The orders of a list of requests, as « Trier par » offers them. */
export const SORT_LABELS: Record<SourcingRequestSort, string> = {
  newest: 'Les plus récents d’abord',
  oldest: 'En attente depuis le plus longtemps',
  deadline: 'Date limite la plus proche',
};

/** "1 structure", "3 structures". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('fr-FR')} ${count > 1 ? pluralForm : singular}`;
}
