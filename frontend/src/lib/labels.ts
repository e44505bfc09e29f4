import type { OrganisationKind, Role } from '@/lib/api/types';

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
  SIAE: "Structure d'insertion (SIAE)",
  NETWORK: 'Réseau',
  PARTNER: 'Partenaire',
  PLATFORM: 'Plateforme',
};

/** Options for a Mantine Select, in declaration order. */
export function toOptions<K extends string>(labels: Record<K, string>) {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
}
