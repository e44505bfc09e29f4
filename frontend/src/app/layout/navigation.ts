import type { Role } from '@/lib/api/types';

export interface NavigationEntry {
  to: string;
  label: string;
}

const COMMON: NavigationEntry[] = [
  { to: '/', label: 'Accueil' },
  { to: '/mon-compte', label: 'Mon compte' },
];

const DIRECTORY: NavigationEntry = { to: '/annuaire', label: 'Annuaire' };
const MY_STRUCTURE: NavigationEntry = { to: '/ma-structure', label: 'Ma structure' };
const IMPORT: NavigationEntry = { to: '/annuaire/import', label: 'Import' };

const ADMIN: NavigationEntry[] = [
  { to: '/admin/organisations', label: 'Organisations' },
  { to: '/admin/utilisateurs', label: 'Utilisateurs' },
  { to: '/admin/clients-partenaires', label: 'Clients partenaires' },
];

/** Later capabilities add their entries per role here. */
export function navigationFor(role: Role): NavigationEntry[] {
  switch (role) {
    case 'admin':
      return [...COMMON, DIRECTORY, IMPORT, ...ADMIN];
    case 'facilitator':
      return [...COMMON, DIRECTORY, IMPORT];
    case 'siae':
      return [...COMMON, DIRECTORY, MY_STRUCTURE];
    case 'buyer':
      return [...COMMON, DIRECTORY];
    case 'partner':
      return [];
  }
}
