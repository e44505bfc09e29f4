import type { CurrentUser } from '@/lib/api/types';
import type { AllocationRunView } from '../api/allocation-runs';
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
  {
    id: 0,
    reason: 'RELEASE',
    quantity: -4,
    onHandAfter: 0,
    reservedAfter: 200,
    availableAfter: 0,
    orderId: ORDER_ID,
    orderReference: 'C-00039',
    structureName: 'Les Jardins de Cocagne',
    authorName: 'Sami Structure',
    createdAt: '2026-11-26T10:00:00Z',
  },
];

export function movementPage(items: StockMovementView[], totalItems = items.length) {
  return { items, page: 0, size: 20, totalItems };
}

/** Received since its orders were placed: what a run shares. */
export const FFP2: ProductView = {
  id: '66666666-6666-4666-8666-666666666666',
  sku: 'FFP2-20',
  name: 'Masque FFP2 — boîte de 20',
  unit: 'boîte',
  active: true,
  onHand: 1000,
  reserved: 0,
  available: 1000,
  backordered: 1100,
  version: 2,
};

export const RUN_ID = '77777777-7777-4777-8777-777777777777';
export const OTHER_RUN_ID = '88888888-8888-4888-8888-888888888888';
const JARDINS = '33333333-3333-4333-8333-333333333333';
const NET_PLUS = '99999999-9999-4999-8999-999999999999';

export function proposalOf(id: string): AllocationRunView {
  return {
    id,
    status: 'PROPOSED',
    createdAt: '2026-12-01T09:00:00Z',
    createdByName: 'Fanny Animatrice',
    available: 1000,
    allocated: 980,
    left: 20,
    structureCount: 2,
    products: [
      {
        productId: FFP2.id,
        productName: FFP2.name,
        unit: 'boîte',
        available: 1000,
        allocated: 980,
        left: 20,
        lineCount: 2,
      },
      {
        productId: GEL.id,
        productName: GEL.name,
        unit: 'flacon',
        available: 0,
        allocated: 0,
        left: 0,
        lineCount: 1,
      },
    ],
    lines: {
      items: [
        {
          orderLineId: 'aaaaaaaa-0000-4000-8000-000000000001',
          orderId: ORDER_ID,
          orderReference: 'C-00042',
          structureId: JARDINS,
          structureName: 'Les Jardins de Cocagne',
          productId: FFP2.id,
          productName: FFP2.name,
          weight: 12.5,
          need: 800,
          units: 780,
        },
        {
          orderLineId: 'aaaaaaaa-0000-4000-8000-000000000002',
          orderId: '55555555-5555-4555-8555-000000000043',
          orderReference: 'C-00043',
          structureId: NET_PLUS,
          structureName: 'Net Plus Insertion',
          productId: FFP2.id,
          productName: FFP2.name,
          weight: 1,
          need: 200,
          units: 200,
        },
      ],
      page: 0,
      size: 50,
      totalItems: 2,
    },
  };
}

export function appliedOf(id: string): AllocationRunView {
  return {
    ...proposalOf(id),
    status: 'APPLIED',
    appliedAt: '2026-12-01T09:05:00Z',
    appliedByName: 'Fanny Animatrice',
  };
}
