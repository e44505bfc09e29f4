import type { Schema } from '@/lib/api/types';
import { formatDate } from '@/lib/format';

type SolicitationStatus = Schema<'SolicitationStatus'>;
type SolicitationDecision = Schema<'SolicitationDecision'>;
type SourcingChannel = Schema<'SourcingChannel'>;

/** Where a solicitation stands, as the structure and the buyer read it. */
export const SOLICITATION_STATUS_LABELS: Record<SolicitationStatus, string> = {
  SENT: 'Envoyée',
  VIEWED: 'Consultée',
  INTERESTED: 'Intéressée',
  DECLINED: 'Déclinée',
};

/** Dark shades: their text keeps a 4.5:1 contrast on white. */
export const SOLICITATION_STATUS_COLORS: Record<SolicitationStatus, string> = {
  SENT: 'blue.9',
  VIEWED: 'gray.7',
  INTERESTED: 'teal.9',
  DECLINED: 'red.9',
};

export const DECISION_LABELS: Record<SolicitationDecision, string> = {
  INTERESTED: 'Je suis intéressé',
  DECLINED: 'Je décline',
};

/** What kind of business the request is. */
export const CHANNEL_LABELS: Record<SourcingChannel, string> = {
  QUOTE: 'Demande de devis',
  NEGOTIATED: 'Marché négocié',
  SUBCONTRACTING: 'Sous-traitance d’un marché en cours',
};

/**
 * A date of the API (`2026-12-15`, a day without a time zone) as French readers write it: read
 * at noon, so that no time zone moves it to the day before.
 */
export function formatDay(day: string | null | undefined): string {
  return day ? formatDate(`${day}T12:00:00`) : '—';
}

/** "Date limite : 15/12/2026", or that there is none. */
export function deadlineText(day: string | null | undefined): string {
  return day ? `Date limite : ${formatDay(day)}` : 'Pas de date limite';
}
