import type { CurrentUser, Schema } from '@/lib/api/types';
import { jsonResponse, type Handler } from '@/testing/http';
import { ADMIN_USER } from '@/testing/test-utils';
import type { SolicitationDetail } from '../api/get-my-solicitation';
import type { SolicitationInboxItem, SolicitationInboxPage } from '../api/get-my-solicitations';
import type { SolicitationView } from '../api/request-solicitations';
import type { StructureSummary } from '../api/structures';

export const SIAE_USER: CurrentUser = {
  ...ADMIN_USER,
  id: '00000000-0000-0000-0000-000000000002',
  email: 'siae@demo.relance-iae.fr',
  displayName: 'Sam Siae',
  role: 'siae',
  organisation: { id: '00000000-0000-0000-0000-0000000000b1', name: 'Jardins', kind: 'SIAE' },
};

export const FACILITATOR_USER: CurrentUser = {
  ...ADMIN_USER,
  id: '00000000-0000-0000-0000-000000000003',
  role: 'facilitator',
};

export const SOLICITATION_ID = '88888888-8888-8888-8888-888888888888';
export const REQUEST_ID = '99999999-9999-9999-9999-999999999999';
export const STRUCTURE_ID = '33333333-3333-3333-3333-333333333333';

export const DETAIL: SolicitationDetail = {
  id: SOLICITATION_ID,
  status: 'VIEWED',
  structureId: STRUCTURE_ID,
  structureName: 'Les Jardins de Cocagne Montreuil',
  request: {
    id: REQUEST_ID,
    title: 'Entretien des espaces verts du parc départemental',
    description: 'Tonte, taille et ramassage des feuilles, deux passages par mois.',
    channel: 'QUOTE',
    buyerOrganisationName: 'Ville de Montreuil',
    sectorNames: ['Espaces verts'],
    prestaTypes: ['SERVICE'],
    prestaTypeNames: ['Prestation de service'],
    placeSummary: 'Seine-Saint-Denis (93)',
    amountMin: 20000,
    amountMax: 45000,
    responseDeadline: '2026-12-20',
    startDate: '2027-01-15',
    socialClause: true,
    attachments: [
      {
        id: '12121212-1212-1212-1212-121212121212',
        fileName: 'cahier-des-charges.pdf',
        contentType: 'application/pdf',
        sizeBytes: 250_000,
      },
    ],
  },
  canAnswer: true,
  deadlinePassed: false,
};

export function inboxItem(overrides: Partial<SolicitationInboxItem> = {}): SolicitationInboxItem {
  return {
    id: SOLICITATION_ID,
    status: 'SENT',
    unread: true,
    structureId: STRUCTURE_ID,
    structureName: 'Les Jardins de Cocagne Montreuil',
    requestId: REQUEST_ID,
    title: 'Entretien des espaces verts du parc départemental',
    channel: 'QUOTE',
    buyerOrganisationName: 'Ville de Montreuil',
    responseDeadline: '2026-12-20',
    deadlinePassed: false,
    placeSummary: 'Seine-Saint-Denis (93)',
    sectorNames: ['Espaces verts'],
    sentAt: '2026-12-01T09:00:00Z',
    ...overrides,
  };
}

export function inboxPage(items: SolicitationInboxItem[]): SolicitationInboxPage {
  return { items, page: 0, size: 20, totalItems: items.length };
}

export function solicitationView(overrides: Partial<SolicitationView> = {}): SolicitationView {
  return {
    id: '45454545-4545-4545-4545-454545454545',
    structureId: STRUCTURE_ID,
    name: 'Les Jardins de Cocagne Montreuil',
    kind: 'ACI',
    score: 82,
    reasons: ['Secteur : Espaces verts', 'Intervient en Seine-Saint-Denis (93)'],
    distanceKm: 3.2,
    origin: 'MATCHED',
    status: 'SENT',
    unreachable: false,
    removed: false,
    sentAt: '2026-12-01T09:00:00Z',
    ...overrides,
  };
}

export const PARTNER: StructureSummary = {
  id: '77777777-7777-7777-7777-777777777777',
  siret: '41234567800025',
  name: 'Envie 93',
  kind: 'EI',
  postCode: '93200',
  city: 'Saint-Denis',
  department: '93',
  sectors: [],
  prestaTypes: [],
  labels: [],
  networks: [],
  offerCount: 0,
  active: true,
  completionRate: 60,
};

/** The directory's search as the structure pickers read it. */
export function structureSearchPage(items: StructureSummary[]): Schema<'StructureSearchPage'> {
  return { items, page: 0, size: 10, totalItems: items.length, allWordsMatched: true };
}

export const KIND_ROUTES: Record<string, Handler> = {
  'GET /api/v1/structure-kinds': () =>
    jsonResponse([
      { code: 'ACI', label: 'Atelier et chantier d’insertion', description: 'Emploie…' },
      { code: 'EI', label: 'Entreprise d’insertion', description: 'Produit…' },
    ]),
};
