import type { Role } from '@/lib/api/types';
import { paths } from '@/config/paths';

export interface NavigationEntry {
  to: string;
  label: string;
}

const COMMON: NavigationEntry[] = [
  { to: paths.home, label: 'Accueil' },
  { to: paths.myAccount, label: 'Mon compte' },
];

const DIRECTORY: NavigationEntry = { to: paths.directory, label: 'Annuaire' };
const MY_STRUCTURE: NavigationEntry = { to: paths.myStructure, label: 'Ma structure' };
const IMPORT: NavigationEntry = { to: paths.structureImport, label: 'Import' };
const OPPORTUNITIES: NavigationEntry = { to: paths.opportunities, label: 'Opportunités' };
const TO_CALL: NavigationEntry = { to: paths.unreachableSolicitations, label: 'À appeler' };
const STOCK: NavigationEntry = { to: paths.stock, label: 'Stock' };
const ALLOCATION: NavigationEntry = { to: paths.allocation, label: 'Répartition' };

const BUYER_SOURCING: NavigationEntry[] = [
  { to: paths.requests, label: 'Mes besoins' },
  { to: paths.newRequest, label: 'Nouveau besoin' },
];
const FACILITATOR_SOURCING: NavigationEntry[] = [
  { to: paths.requestQueue, label: 'À valider' },
  { to: paths.requests, label: 'Besoins' },
  { to: paths.ongoingContracts, label: 'Marchés en cours' },
];

// Sanitary supplies: a structure's orders; the facilitator's orders to follow and ship.
const SIAE_SUPPLY_ORDERS: NavigationEntry[] = [
  { to: paths.supplyOrderNew, label: 'Commander' },
  { to: paths.supplyOrders, label: 'Mes commandes' },
];
const FACILITATOR_SUPPLY_ORDERS: NavigationEntry[] = [
  { to: paths.supplyOrders, label: 'Commandes' },
];

// The activity barometer: a structure's weekly survey; the facilitators' dashboard and follow-ups.
const SIAE_BAROMETER: NavigationEntry = { to: paths.barometer, label: 'Baromètre' };
const BAROMETER_DASHBOARD: NavigationEntry = { to: paths.barometerDashboard, label: 'Baromètre' };
const BAROMETER_FOLLOW_UPS: NavigationEntry = { to: paths.barometerFollowUps, label: 'Suivis' };
// Financing diagnostics: a structure's own, the facilitators' queue, the admin's rules and log.
const MY_DIAGNOSTICS: NavigationEntry = { to: paths.myDiagnostics, label: 'Diagnostic financier' };
const DIAGNOSTIC_QUEUE: NavigationEntry = { to: paths.diagnosticQueue, label: 'Diagnostics' };
const ADMIN_FINANCING: NavigationEntry[] = [
  { to: paths.adminFinancingRules, label: 'Règles de financement' },
  { to: paths.adminAccessLog, label: 'Journal des accès' },
];

// The review of who joins: organisations created by sign-up, requests to act for a structure.
const ONBOARDING: NavigationEntry[] = [
  { to: paths.organisationsToVerify, label: 'Organisations à vérifier' },
  { to: paths.structureClaims, label: 'Rattachements' },
];

const ADMIN: NavigationEntry[] = [
  { to: paths.adminOrganisations, label: 'Organisations' },
  { to: paths.adminUsers, label: 'Utilisateurs' },
  { to: paths.adminPartnerClients, label: 'Clients partenaires' },
];

/** Later capabilities add their entries per role here. */
export function navigationFor(role: Role): NavigationEntry[] {
  switch (role) {
    case 'admin':
      return [
        ...COMMON,
        DIRECTORY,
        IMPORT,
        ...ADMIN,
        STOCK,
        BAROMETER_DASHBOARD,
        ...ADMIN_FINANCING,
      ];
    case 'facilitator':
      return [
        ...COMMON,
        DIRECTORY,
        IMPORT,
        ...FACILITATOR_SOURCING,
        TO_CALL,
        ...FACILITATOR_SUPPLY_ORDERS,
        STOCK,
        ALLOCATION,
        BAROMETER_DASHBOARD,
        BAROMETER_FOLLOW_UPS,
        DIAGNOSTIC_QUEUE,
        ...ONBOARDING,
      ];
    case 'siae':
      return [
        ...COMMON,
        DIRECTORY,
        MY_STRUCTURE,
        OPPORTUNITIES,
        ...SIAE_SUPPLY_ORDERS,
        SIAE_BAROMETER,
        MY_DIAGNOSTICS,
      ];
    case 'buyer':
      return [...COMMON, DIRECTORY, ...BUYER_SOURCING];
    case 'partner':
      return [];
  }
}
