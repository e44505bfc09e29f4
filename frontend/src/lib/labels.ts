import type { OrganisationKind, PartnerScope, Role } from '@/lib/api/types';

export const ROLE_LABELS: Record<Role, string> = {
  buyer: 'Acheteur',
  siae: 'Structure (SIAE)',
  facilitator: 'Animateur',
  partner: 'Partenaire (API)',
  admin: 'Administrateur',
};

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  PUBLIC_BUYER: 'Acheteur public',
  PRIVATE_BUYER: 'Acheteur privé',
  SIAE: 'Structure d’insertion (SIAE)',
  NETWORK: 'Réseau',
  PARTNER: 'Partenaire',
  PLATFORM: 'Plateforme',
};

/** What each scope lets a partner client do (the closed list of the contract). */
export const PARTNER_SCOPE_LABELS: Record<PartnerScope, string> = {
  'directory:read': 'Lecture de l’annuaire des structures',
  'sourcing:write': 'Dépôt de demandes de sourcing',
  'sourcing:read': 'Suivi de ses demandes de sourcing et des sollicitations',
  'supplies:read': 'Lecture des approvisionnements',
  'indicators:read': 'Lecture des indicateurs agrégés',
};

/** Options for a Mantine Select, in declaration order. */
export function toOptions<K extends string>(labels: Record<K, string>) {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
}
