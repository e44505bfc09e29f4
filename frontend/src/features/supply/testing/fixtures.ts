import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router';
import type { CurrentUser } from '@/lib/api/types';
import { jsonResponse } from '@/testing/http';
import { FACILITATOR, renderRoute, SIAE_USER, signIn } from '@/testing/test-utils';
import type { StructureSummary } from '../api/get-my-structures';
import type { ProductView } from '../api/get-products';
import type { SupplyOrderView } from '../api/get-supply-order';
import type { SupplyOrderSummary } from '../api/get-supply-orders';

export { FACILITATOR, SIAE_USER };

const product = (
  overrides: Partial<ProductView> & Pick<ProductView, 'id' | 'name'>,
): ProductView => ({
  sku: overrides.id.slice(0, 8),
  unit: 'boîte',
  active: true,
  onHand: 0,
  reserved: 0,
  available: 0,
  backordered: 0,
  version: 1,
  ...overrides,
});

export const MASKS = product({
  id: '11111111-0000-0000-0000-000000000001',
  name: 'Masque chirurgical type IIR — boîte de 50',
  onHand: 150,
  reserved: 30,
  available: 120,
  maxPerOrder: 10,
});

export const GEL = product({
  id: '11111111-0000-0000-0000-000000000002',
  name: 'Gel hydroalcoolique 500 ml',
  unit: 'flacon',
  backordered: 40,
});

export const PRODUCTS = [MASKS, GEL];

export const JARDINS: StructureSummary = {
  id: '33333333-3333-3333-3333-333333333333',
  siret: '12345678901234',
  name: 'Les Jardins de Cocagne',
  kind: 'ACI',
  postCode: '93100',
  city: 'Montreuil',
  department: '93',
  sectors: [],
  prestaTypes: [],
  labels: [],
  networks: [],
  offerCount: 0,
  active: true,
  completionRate: 80,
};

export const JARDINS_BIS: StructureSummary = {
  ...JARDINS,
  id: '44444444-4444-4444-4444-444444444444',
  name: 'Jardins de Bondy',
  city: 'Bondy',
};

export const ORDER_ID = '55555555-5555-5555-5555-555555555555';
export const MASKS_LINE_ID = '66666666-0000-0000-0000-000000000001';
export const GEL_LINE_ID = '66666666-0000-0000-0000-000000000002';

export const DRAFT_ORDER: SupplyOrderView = {
  id: ORDER_ID,
  reference: 'C-00042',
  status: 'DRAFT',
  structureId: JARDINS.id,
  structureName: JARDINS.name,
  lines: [
    {
      id: MASKS_LINE_ID,
      productId: MASKS.id,
      productName: MASKS.name,
      unit: 'boîte',
      quantity: 5,
      quantityReserved: 0,
      quantityBackordered: 0,
      quantityShipped: 0,
      cancelled: false,
    },
  ],
  delivery: {
    address: '12 rue de la Paix',
    postCode: '93100',
    city: 'Montreuil',
    contactName: 'Camille Martin',
    contactPhone: '01 23 45 67 89',
  },
  createdAt: '2026-12-01T09:00:00Z',
  shipments: [],
  events: [{ kind: 'CREATED', authorName: 'Sam Structure', at: '2026-12-01T09:00:00Z' }],
  version: 1,
};

/** Submitted: 5 boxes of masks reserved, 40 bottles of gel waiting for stock. */
export const PARTLY_RESERVED_ORDER: SupplyOrderView = {
  ...DRAFT_ORDER,
  status: 'PARTIALLY_RESERVED',
  submittedAt: '2026-12-01T10:00:00Z',
  lines: [
    {
      id: MASKS_LINE_ID,
      productId: MASKS.id,
      productName: MASKS.name,
      unit: 'boîte',
      quantity: 5,
      quantityReserved: 5,
      quantityBackordered: 0,
      quantityShipped: 0,
      cancelled: false,
    },
    {
      id: GEL_LINE_ID,
      productId: GEL.id,
      productName: GEL.name,
      unit: 'flacon',
      quantity: 40,
      quantityReserved: 0,
      quantityBackordered: 40,
      quantityShipped: 0,
      cancelled: false,
    },
  ],
  events: [
    ...DRAFT_ORDER.events,
    {
      kind: 'SUBMITTED',
      detail: '5 réservée(s), 40 en attente',
      authorName: 'Sam Structure',
      at: '2026-12-01T10:00:00Z',
    },
  ],
  version: 3,
};

export function summaryOf(order: SupplyOrderView): SupplyOrderSummary {
  const open = order.lines.filter((line) => !line.cancelled);
  const sum = (pick: (line: (typeof open)[number]) => number) =>
    open.reduce((total, line) => total + pick(line), 0);
  return {
    id: order.id,
    reference: order.reference,
    status: order.status,
    structureId: order.structureId,
    structureName: order.structureName,
    ...(order.delivery.city ? { deliveryCity: order.delivery.city } : {}),
    lineCount: open.length,
    quantity: sum((line) => line.quantity),
    quantityReserved: sum((line) => line.quantityReserved),
    quantityBackordered: sum((line) => line.quantityBackordered),
    quantityShipped: sum((line) => line.quantityShipped),
    createdAt: order.createdAt,
    ...(order.submittedAt ? { submittedAt: order.submittedAt } : {}),
  };
}

export function pageOf(items: SupplyOrderSummary[]) {
  return { items, page: 0, size: 20, totalItems: items.length };
}

/** An order as the API answers it: with its version as ETag. */
export function tagged(order: SupplyOrderView, status = 200): Response {
  const response = jsonResponse(order, status);
  response.headers.set('ETag', `"${order.version}"`);
  return response;
}

interface RenderOptions {
  path: string;
  initialEntry?: string;
  user?: CurrentUser;
  routes?: RouteObject[];
}

/** A supply page signed in (a siae user by default). */
export function renderSupplyRoute(
  element: ReactElement,
  { path, initialEntry, user = SIAE_USER, routes = [] }: RenderOptions,
) {
  signIn(user);
  return renderRoute(element, { path, routes, ...(initialEntry ? { initialEntry } : {}) });
}
