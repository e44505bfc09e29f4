import type { CurrentUser } from '@/lib/api/types';
import type { ProductView } from '../api/get-stock-products';
import type { StockMovementView } from '../api/get-stock-movements';

export const STOCK_FACILITATOR: CurrentUser = {
  id: '00000000-0000-0000-0000-0000000000c2',
  email: 'animateur@demo.relance-iae.fr',
  displayName: 'Fanny Animatrice',
  role: 'facilitator',
  organisation: {
    id: '00000000-0000-0000-0000-0000000000b2',
    name: 'Club ASR Île-de-France',
    kind: 'NETWORK',
  },
};

export const STOCK_ADMIN: CurrentUser = {
  id: '00000000-0000-0000-0000-000000000001',
  email: 'admin@demo.relance-iae.fr',
  displayName: 'Alice Admin',
  role: 'admin',
  organisation: {
    id: '00000000-0000-0000-0000-0000000000a1',
    name: 'Réseau IAE',
    kind: 'PLATFORM',
  },
};

/** Plenty in stock, part of it reserved. */
export const MASKS: ProductView = {
  id: '11111111-1111-4111-8111-111111111111',
  sku: 'MASQ-IIR-50',
  name: 'Masque chirurgical type IIR — boîte de 50',
  unit: 'boîte',
  maxPerOrder: 20,
  active: true,
  onHand: 1200,
  reserved: 200,
  available: 1000,
  backordered: 0,
  version: 3,
};

/** Out of stock, with orders waiting. */
export const GEL: ProductView = {
  id: '22222222-2222-4222-8222-222222222222',
  sku: 'GEL-500',
  name: 'Gel hydroalcoolique 500 ml',
  unit: 'flacon',
  active: true,
  onHand: 30,
  reserved: 30,
  available: 0,
  backordered: 45,
  version: 1,
};

/** No longer offered. */
export const GLOVES: ProductView = {
  id: '44444444-4444-4444-8444-444444444444',
  sku: 'GANTS-M-100',
  name: 'Gants nitrile taille M — boîte de 100',
  unit: 'boîte',
  active: false,
  onHand: 5,
  reserved: 0,
  available: 5,
  backordered: 0,
  version: 7,
};

export const ORDER_ID = '55555555-5555-4555-8555-555555555555';

export const MOVEMENTS: StockMovementView[] = [
  {
    id: 4,
    reason: 'SHIPMENT',
    quantity: -10,
    onHandAfter: 1200,
    reservedAfter: 200,
    availableAfter: 1000,
    orderId: ORDER_ID,
    orderReference: 'C-00042',
    structureName: 'Les Jardins de Cocagne',
    authorName: 'Fanny Animatrice',
    createdAt: '2026-11-30T10:00:00Z',
  },
  {
    id: 3,
    reason: 'RESERVATION',
    quantity: 10,
    onHandAfter: 1210,
    reservedAfter: 210,
    availableAfter: 1000,
    orderId: ORDER_ID,
    orderReference: 'C-00042',
    structureName: 'Les Jardins de Cocagne',
    authorName: 'Sami Structure',
    createdAt: '2026-11-29T10:00:00Z',
  },
  {
    id: 2,
    reason: 'ADJUSTMENT',
    quantity: -3,
    onHandAfter: 1210,
    reservedAfter: 200,
    availableAfter: 1010,
    comment: 'Inventaire : 3 boîtes abîmées',
    authorName: 'Fanny Animatrice',
    createdAt: '2026-11-28T10:00:00Z',
  },
  {
    id: 1,
    reason: 'RECEIPT',
    quantity: 1213,
    onHandAfter: 1213,
    reservedAfter: 200,
    availableAfter: 1013,
    source: 'Don de la Région Île-de-France',
    authorName: 'Fanny Animatrice',
    createdAt: '2026-11-27T10:00:00Z',
  },
];

export function movementPage(items: StockMovementView[], totalItems = items.length) {
  return { items, page: 0, size: 20, totalItems };
}
