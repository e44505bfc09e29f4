import { Button } from '@mantine/core';
import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router';
import type { CurrentUser } from '@/lib/api/types';
import { jsonResponse } from '@/testing/http';
import { FACILITATOR, renderRoute, SIAE_USER, signIn } from '@/testing/test-utils';
import type { DiagnosticView } from '../api/get-diagnostic';
import { dayFromToday } from '../utils/format';
import type { DiagnosticSummary } from '../api/get-diagnostics';
import {
  FinancingToolsProvider,
  type FinancingTools,
  type StructurePickerProps,
} from '../components/financing-tools';

export { FACILITATOR, SIAE_USER };

/** A follow-up date the server would take: in a month. */
export const FOLLOW_UP_DAY = dayFromToday(30);

export const STRUCTURE_ID = '33333333-3333-3333-3333-333333333333';
export const DIAGNOSTIC_ID = '77777777-7777-7777-7777-777777777777';

/** A draft half filled: the activity and cash known, the aids and headcounts not yet. */
export const DRAFT: DiagnosticView = {
  id: DIAGNOSTIC_ID,
  structureId: STRUCTURE_ID,
  structureName: 'Les Jardins de Cocagne',
  department: '93',
  kind: 'ACI',
  status: 'DRAFT',
  inputs: {
    lastYearRevenue: 200000,
    revenueLossPct: 35,
    variableCostRatePct: 40,
    monthlyFixedCosts: 12000,
    cashOnHand: 15000,
    receivablesDue3m: 8000,
    debtsDue3m: 20000,
  },
  figures: {
    expectedRevenue: 130000,
    monthlyResult: -5500,
    netCash3m: 3000,
    runwayMonths: 0.55,
    breakEvenRevenue: 240000,
    riskLevel: 'CRITICAL',
    noCashBurn: false,
  },
  recommendations: [
    {
      instrument: 'PGE',
      instrumentLabel: 'Prêt garanti par l’État (PGE)',
      reason:
        'Prêt garanti par l’État, jusqu’à 25 % du chiffre d’affaires de l’an dernier : risque critique (au moins moyen) ; PGE obtenu : 0 €',
      amount: 50000,
    },
    {
      instrument: 'DLA',
      instrumentLabel: 'Dispositif local d’accompagnement (DLA)',
      reason: 'Orientation vers un DLA : perte de chiffre d’affaires de 35 % (au moins 30 %)',
    },
  ],
  missingForSubmission: ['permanentHeadcount', 'insertionFte'],
  createdAt: '2026-12-01T09:00:00Z',
  updatedAt: '2026-12-01T09:30:00Z',
  version: 3,
};

export const SUBMITTED: DiagnosticView = {
  ...DRAFT,
  status: 'SUBMITTED',
  inputs: { ...DRAFT.inputs, permanentHeadcount: 4, insertionFte: 12.5, shortTimeWork: false },
  missingForSubmission: [],
  submittedAt: '2026-12-01T10:00:00Z',
  version: 4,
};

export const IN_REVIEW: DiagnosticView = {
  ...SUBMITTED,
  status: 'IN_REVIEW',
  assigneeUserId: FACILITATOR.id,
  assigneeName: FACILITATOR.displayName,
  reviewNotes: 'Appelée le 1er décembre.',
  version: 5,
};

export const ORIENTED: DiagnosticView = {
  ...IN_REVIEW,
  status: 'ORIENTED',
  orientation: {
    instruments: ['DLA', 'PGE'],
    comment: 'Contactez le DLA de Seine-Saint-Denis.\nPuis votre banque pour le PGE.',
  },
  followUpDate: FOLLOW_UP_DAY,
  version: 6,
};

export function summaryOf(diagnostic: DiagnosticView): DiagnosticSummary {
  return {
    id: diagnostic.id,
    structureId: diagnostic.structureId,
    structureName: diagnostic.structureName,
    ...(diagnostic.department ? { department: diagnostic.department } : {}),
    kind: diagnostic.kind,
    status: diagnostic.status,
    ...(diagnostic.figures.riskLevel ? { riskLevel: diagnostic.figures.riskLevel } : {}),
    ...(diagnostic.assigneeUserId ? { assigneeUserId: diagnostic.assigneeUserId } : {}),
    ...(diagnostic.assigneeName ? { assigneeName: diagnostic.assigneeName } : {}),
    ...(diagnostic.followUpDate ? { followUpDate: diagnostic.followUpDate } : {}),
    createdAt: diagnostic.createdAt,
    updatedAt: diagnostic.updatedAt,
  };
}

export function pageOf<T>(items: T[]) {
  return { items, page: 0, size: 20, totalItems: items.length };
}

/** A diagnostic as the API answers it: with its version as ETag. */
export function tagged(diagnostic: DiagnosticView, status = 200): Response {
  const response = jsonResponse(diagnostic, status);
  response.headers.set('ETag', `"${diagnostic.version}"`);
  return response;
}

export const DEPARTMENTS = [
  { code: '93', name: 'Seine-Saint-Denis', regionCode: '11' },
  { code: '75', name: 'Paris', regionCode: '11' },
];
export const STRUCTURE_KINDS = [
  { code: 'ACI', label: 'Atelier et chantier d’insertion', description: '' },
  { code: 'EI', label: 'Entreprise d’insertion', description: '' },
];

/** The reference lists every financing page may read. */
/** Another active facilitator, whom a diagnostic may be given to. */
export const COLLEAGUE = {
  id: '00000000-0000-0000-0000-0000000000d3',
  displayName: 'Nadia Lefèvre',
};

export const FACILITATOR_ROUTES = {
  'GET /api/v1/facilitators': () =>
    jsonResponse({
      items: [COLLEAGUE, { id: FACILITATOR.id, displayName: FACILITATOR.displayName }],
      page: 0,
      size: 100,
      totalItems: 2,
    }),
};

export const REFERENCE_ROUTES = {
  'GET /api/v1/departments': () => jsonResponse(DEPARTMENTS),
  'GET /api/v1/structure-kinds': () => jsonResponse(STRUCTURE_KINDS),
};

/** The directory's picker, replaced by a button that picks the structure of the fixtures. */
function FakeStructurePicker({ label, onPick, disabled }: StructurePickerProps) {
  return (
    <Button
      disabled={disabled}
      onClick={() => onPick({ id: STRUCTURE_ID, name: 'Les Jardins de Cocagne' })}
    >
      {label} : choisir Les Jardins de Cocagne
    </Button>
  );
}

const tools: FinancingTools = { StructurePicker: FakeStructurePicker };

interface RenderOptions {
  path: string;
  initialEntry?: string;
  user?: CurrentUser;
  routes?: RouteObject[];
}

/** A financing page signed in (a siae user by default), given its tools. */
export function renderFinancingRoute(
  element: ReactElement,
  { path, initialEntry, user = SIAE_USER, routes = [] }: RenderOptions,
) {
  signIn(user);
  return renderRoute(<FinancingToolsProvider value={tools}>{element}</FinancingToolsProvider>, {
    path,
    routes,
    ...(initialEntry ? { initialEntry } : {}),
  });
}
