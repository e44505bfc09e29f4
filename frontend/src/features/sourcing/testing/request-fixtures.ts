import type { SourcingRequestSummary } from '../api/get-sourcing-requests';
import type { SourcingRequestView } from '../api/get-sourcing-request';
import { BUYER, STRUCTURES } from './directory-tools';

export const REQUEST_ID = '77777777-7777-7777-7777-777777777777';

const NO_ANSWERS = { solicited: 0, interested: 0, declined: 0, notAnswered: 0, unreachable: 0 };

export const DRAFT_REQUEST: SourcingRequestView = {
  id: REQUEST_ID,
  title: 'Nettoyage de la mairie annexe',
  description: 'Deux passages par semaine, 800 m².',
  channel: 'QUOTE',
  status: 'DRAFT',
  sectors: ['proprete'],
  prestaTypes: [],
  kinds: [],
  departments: ['93'],
  includeNationwide: false,
  responseDeadline: '2099-12-15',
  socialClause: false,
  targetStructureIds: [],
  excludedStructureIds: [],
  buyerOrganisationId: BUYER.organisation.id,
  buyerOrganisationName: BUYER.organisation.name,
  authorName: BUYER.displayName,
  authorUserId: BUYER.id,
  attachments: [],
  awards: [],
  counts: NO_ANSWERS,
  deadlinePassed: false,
  createdAt: '2026-12-01T09:00:00Z',
  updatedAt: '2026-12-01T09:00:00Z',
  version: 1,
};

export const PUBLISHED_REQUEST: SourcingRequestView = {
  ...DRAFT_REQUEST,
  status: 'PUBLISHED',
  targetStructureIds: [STRUCTURES[0]?.id ?? ''],
  submittedAt: '2026-12-01T10:00:00Z',
  publishedAt: '2026-12-02T10:00:00Z',
  counts: { solicited: 8, interested: 2, declined: 1, notAnswered: 5, unreachable: 1 },
  version: 3,
};

export function summaryOf(request: SourcingRequestView): SourcingRequestSummary {
  return {
    id: request.id,
    title: request.title,
    channel: request.channel,
    status: request.status,
    buyerOrganisationId: request.buyerOrganisationId,
    buyerOrganisationName: request.buyerOrganisationName,
    responseDeadline: request.responseDeadline,
    deadlinePassed: request.deadlinePassed,
    counts: request.counts,
    createdAt: request.createdAt,
    updatedAt: request.updatedAt,
  };
}

export function pageOf(items: SourcingRequestSummary[]) {
  return { items, page: 0, size: 20, totalItems: items.length };
}
