import type { Role } from '@/lib/api/types';

export interface NavigationEntry {
  to: string;
  label: string;
}

const COMMON: NavigationEntry[] = [
  { to: '/', label: 'Accueil' },
  { to: '/mon-compte', label: 'Mon compte' },
];

const ADMIN: NavigationEntry[] = [
  { to: '/admin/organisations', label: 'Organisations' },
  { to: '/admin/utilisateurs', label: 'Utilisateurs' },
  { to: '/admin/clients-partenaires', label: 'Clients partenaires' },
];

/** Later capabilities add their entries per role here. */
export function navigationFor(role: Role): NavigationEntry[] {
  switch (role) {
    case 'admin':
      return [...COMMON, ...ADMIN];
    case 'buyer':
    case 'siae':
    case 'facilitator':
      return COMMON;
    case 'partner':
      return [];
  }
}
