import type { Schema } from '@/lib/api/types';

export type SupplyOrderStatus = Schema<'SupplyOrderStatus'>;
export type SupplyOrderEventKind = Schema<'SupplyOrderEventKind'>;
export type SupplyOrderSort = Schema<'SupplyOrderSort'>;

export const STATUS_LABELS: Record<SupplyOrderStatus, string> = {
  DRAFT: 'Brouillon',
  SUBMITTED: 'Envoyée',
  RESERVED: 'Réservée',
  PARTIALLY_RESERVED: 'Réservée en partie',
  BACKORDERED: 'En attente de stock',
  SHIPPED: 'Expédiée',
  DELIVERED: 'Livrée',
  CANCELLED: 'Annulée',
};

export const STATUS_COLORS: Record<SupplyOrderStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  RESERVED: 'teal',
  PARTIALLY_RESERVED: 'yellow',
  BACKORDERED: 'orange',
  SHIPPED: 'indigo',
  DELIVERED: 'green',
  CANCELLED: 'dark',
};

/** Submitted and not wholly shipped: lines may still be cancelled, parcels may still leave. */
export const OPEN_STATUSES: SupplyOrderStatus[] = [
  'SUBMITTED',
  'RESERVED',
  'PARTIALLY_RESERVED',
  'BACKORDERED',
];

/** The facilitator's « À expédier »: orders with units reserved and waiting for a parcel. */
export const TO_SHIP_STATUSES: SupplyOrderStatus[] = ['RESERVED', 'PARTIALLY_RESERVED'];

export function isOpen(status: SupplyOrderStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** An order's timeline, one sentence per kind of event. */
export const EVENT_LABELS: Record<SupplyOrderEventKind, string> = {
  CREATED: 'Commande créée',
  UPDATED: 'Brouillon modifié',
  SUBMITTED: 'Commande envoyée',
  ALLOCATED: 'Stock attribué lors d’une répartition',
  DELIVERY_CHANGED: 'Adresse de livraison changée',
  LINE_CANCELLED: 'Ligne annulée',
  SHIPPED: 'Colis expédié',
  DELIVERED: 'Commande livrée',
  CANCELLED: 'Commande annulée',
};

/** The orders of the list, as « Trier par » offers them. */
export const SORT_LABELS: Record<SupplyOrderSort, string> = {
  newest: 'Les plus récentes d’abord',
  oldest: 'À expédier en premier',
};

/** "1 unité", "3 unités". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('fr-FR')} ${count > 1 ? pluralForm : singular}`;
}

/**
 * What a product's stock means to whoever orders it: « 120 disponibles », or that the
 * request will wait; with the quantity typed, what will wait beyond the stock.
 */
export function describeAvailability(available: number, asked?: number): string {
  if (available <= 0) return 'Rupture : votre demande attendra le prochain arrivage';
  const stock = `${available.toLocaleString('fr-FR')} disponible${available > 1 ? 's' : ''}`;
  if (asked !== undefined && asked > available) {
    const waiting = asked - available;
    return `${stock} : ${waiting.toLocaleString('fr-FR')} attendr${waiting > 1 ? 'ont' : 'a'} le prochain arrivage`;
  }
  return stock;
}
