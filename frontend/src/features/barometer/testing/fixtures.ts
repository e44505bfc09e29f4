import { FACILITATOR, SIAE_USER } from '@/testing/test-utils';
import type { FollowUpView } from '../api/follow-ups';
import type {
  ActivityCellSurvey,
  ActivityIndicatorCell,
  ActivityIndicators,
  NonRespondent,
} from '../api/indicators';
import type { StructureSummary } from '../api/structures';
import type { ActivitySurveyVersionView, ActivitySurveyView, SurveyFormView } from '../api/surveys';
import type { ActivitySurveyAnswers } from '../utils/survey-form-values';

export { FACILITATOR, SIAE_USER };

export const STRUCTURE_ID = '33333333-0000-0000-0000-000000000001';

export const STRUCTURE: StructureSummary = {
  id: STRUCTURE_ID,
  siret: '12345678900011',
  name: 'Les Jardins de Cocagne',
  kind: 'ACI',
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

export const LAST_WEEK_ANSWERS: ActivitySurveyAnswers = {
  activityLevelPct: 60,
  revenueLossPct: 35,
  insertionEmployees: 24,
  insertionWorking: 14,
  insertionShortTime: 8,
  peopleFollowed: 20,
  followedInPerson: 12,
  followedByPhone: 6,
  followedByVideo: 2,
  obstacles: ['TRANSPORT'],
  needs: ['SUPPLIES'],
  needsText: 'Du gel pour les équipes',
};

export function surveyView(overrides: Partial<ActivitySurveyView> = {}): ActivitySurveyView {
  return {
    id: '44444444-0000-0000-0000-000000000047',
    structureId: STRUCTURE_ID,
    structureName: STRUCTURE.name,
    week: '2026-W47',
    weekStart: '2026-11-16',
    ...LAST_WEEK_ANSWERS,
    obstacles: ['TRANSPORT'],
    needs: ['SUPPLIES'],
    version: 2,
    enteredVia: 'STRUCTURE',
    enteredByName: 'Sam Structure',
    createdAt: '2026-11-16T08:00:00Z',
    updatedAt: '2026-11-17T09:00:00Z',
    ...overrides,
  };
}

export const THIS_WEEK: SurveyFormView = {
  structureId: STRUCTURE_ID,
  structureName: STRUCTURE.name,
  week: '2026-W48',
  weekStart: '2026-11-23',
  prefill: LAST_WEEK_ANSWERS,
};

export const HISTORY: ActivitySurveyVersionView[] = [
  {
    version: 2,
    answers: LAST_WEEK_ANSWERS,
    enteredVia: 'STRUCTURE',
    enteredByName: 'Sam Structure',
    enteredAt: '2026-11-17T09:00:00Z',
  },
  {
    version: 1,
    answers: { ...LAST_WEEK_ANSWERS, activityLevelPct: 40, needs: [] },
    enteredVia: 'LINK',
    enteredAt: '2026-11-16T08:00:00Z',
  },
];

export function page<T>(items: T[]) {
  return { items, page: 0, size: 20, totalItems: items.length };
}

function cell(overrides: Partial<ActivityIndicatorCell>): ActivityIndicatorCell {
  return {
    week: '2026-W48',
    suppressed: false,
    structures: 12,
    activityLevel: { q1: 45, median: 62, q3: 80 },
    meanRevenueLossPct: 31.5,
    insertionEmployees: 300,
    insertionWorking: 190,
    insertionShortTime: 70,
    needShares: [
      { need: 'SUPPLIES', sharePct: 25 },
      { need: 'CUSTOMERS', sharePct: 41.7 },
      { need: 'FINANCING', sharePct: 16.7 },
      { need: 'STAFFING', sharePct: 0 },
    ],
    peopleFollowed: 240,
    followedInPerson: 120,
    followedByPhone: 90,
    followedByVideo: 30,
    obstacleCounts: [{ obstacle: 'TRANSPORT', structures: 3 }],
    ...overrides,
  };
}

export const INDICATORS: ActivityIndicators = {
  from: '2026-W37',
  to: '2026-W48',
  suppressed: false,
  cells: [
    cell({
      week: '2026-W47',
      activityLevel: { q1: 40, median: 55, q3: 75 },
      activeStructures: 20,
      responseRatePct: 55,
    }),
    cell({ department: '93', kind: 'ACI', structures: 7 }),
    cell({ department: '93', activeStructures: 10, responseRatePct: 70, structures: 7 }),
    cell({ department: '75', activeStructures: 10, responseRatePct: 50, structures: 5 }),
    cell({ kind: 'ACI', structures: 7 }),
    cell({ kind: 'EI', structures: 5 }),
    cell({ activeStructures: 20, responseRatePct: 60 }),
  ],
};

export const CELL_SURVEYS: ActivityCellSurvey[] = [
  {
    surveyId: '55555555-0000-0000-0000-000000000001',
    structureId: STRUCTURE_ID,
    structureName: STRUCTURE.name,
    week: '2026-W48',
    department: '93',
    kind: 'ACI',
    ...LAST_WEEK_ANSWERS,
    obstacles: ['TRANSPORT'],
    needs: ['SUPPLIES'],
    enteredVia: 'FACILITATOR',
    updatedAt: '2026-11-24T10:00:00Z',
  },
];

export const NON_RESPONDENTS: NonRespondent[] = [
  {
    structureId: '33333333-0000-0000-0000-000000000002',
    structureName: 'Envie 93',
    department: '93',
    kind: 'EI',
    email: 'contact@envie93.example',
    phone: '01 48 00 00 00',
    contactName: 'Nadia Benali',
    lastWeekAnswered: '2026-W46',
    invited: true,
    reminded: true,
  },
];

export function followUp(overrides: Partial<FollowUpView> = {}): FollowUpView {
  return {
    id: '66666666-0000-0000-0000-000000000001',
    structureId: STRUCTURE_ID,
    structureName: STRUCTURE.name,
    department: '93',
    need: 'FINANCING',
    needsText: 'Trésorerie tendue jusqu’en février',
    status: 'OPEN',
    week: '2026-W48',
    surveyId: '44444444-0000-0000-0000-000000000048',
    diagnosticId: '77777777-0000-0000-0000-000000000001',
    action: {
      kind: 'DIAGNOSTIC',
      label: 'Ouvrir le diagnostic financier',
      path: '/diagnostics/77777777-0000-0000-0000-000000000001',
    },
    createdAt: '2026-11-24T10:00:00Z',
    updatedAt: '2026-11-24T10:00:00Z',
    version: 3,
    ...overrides,
  };
}

export const DEPARTMENTS = [
  { code: '75', name: 'Paris' },
  { code: '93', name: 'Seine-Saint-Denis' },
];
