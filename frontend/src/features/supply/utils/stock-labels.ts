import type { Schema } from '@/lib/api/types';

export type MovementReason = Schema<'MovementReason'>;

/** Why the stock moved, as the facilitators say it. */
export const MOVEMENT_REASON_LABELS: Record<MovementReason, string> = {
  RECEIPT: 'Réception',
  RESERVATION: 'Réservation',
  RELEASE: 'Libération',
  ADJUSTMENT: 'Ajustement',
  SHIPMENT: 'Expédition',
};

/** Dark shades: their text keeps a 4.5:1 contrast on white. */
export const MOVEMENT_REASON_COLORS: Record<MovementReason, string> = {
  RECEIPT: 'teal.9',
  RESERVATION: 'blue.9',
  RELEASE: 'gray.7',
  ADJUSTMENT: 'orange.9',
  SHIPMENT: 'violet.9',
};

/**
 * Which total a movement's quantity changes (the ledger's rule): reservations and releases move
 * the reserved units; a shipment takes reserved units out of the stock, so it lowers both.
 */
export const MOVEMENT_REASON_TOTALS: Record<MovementReason, string> = {
  RECEIPT: 'en stock',
  RESERVATION: 'réservé',
  RELEASE: 'réservé',
  ADJUSTMENT: 'en stock',
  SHIPMENT: 'en stock et réservé',
};

const units = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** "1 000" (a thin no-break space between thousands, as Intl writes it). */
export function formatUnits(value: number): string {
  return units.format(value);
}

/** "+120", "−10" (a real minus sign), "0". */
export function formatSignedUnits(value: number): string {
  if (value > 0) return `+${units.format(value)}`;
  if (value < 0) return `−${units.format(-value)}`;
  return '0';
}

/** "1 unité", "20 unités". */
export function unitsText(value: number): string {
  return `${units.format(value)} unité${Math.abs(value) > 1 ? 's' : ''}`;
}

type AllocationRunStatus = Schema<'AllocationRunStatus'>;

export const ALLOCATION_RUN_STATUS_LABELS: Record<AllocationRunStatus, string> = {
  PROPOSED: 'Proposition',
  APPLIED: 'Appliquée',
};

export const ALLOCATION_RUN_STATUS_COLORS: Record<AllocationRunStatus, string> = {
  PROPOSED: 'blue',
  APPLIED: 'teal',
};

/** « 1 000 unités à répartir : 980 attribuées, 20 restantes ». */
export function allocationTotalsText(run: { available: number; allocated: number; left: number }) {
  const plural = (value: number, word: string) => `${word}${Math.abs(value) > 1 ? 's' : ''}`;
  return (
    `${unitsText(run.available)} à répartir : ${formatUnits(run.allocated)} ${plural(run.allocated, 'attribuée')}, ` +
    `${formatUnits(run.left)} ${plural(run.left, 'restante')}`
  );
}

const fte = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** An insertion FTE, "12,5". */
export function formatFte(value: number): string {
  return fte.format(value);
}
