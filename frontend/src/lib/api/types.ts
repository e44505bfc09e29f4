import type { components } from './schema';

/** Shorthand for a named schema of the API contract, e.g. `Schema<'CurrentUser'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

export type CurrentUser = Schema<'CurrentUser'>;
export type Role = Schema<'Role'>;
export type OrganisationKind = Schema<'OrganisationKind'>;
export type PartnerScope = Schema<'PartnerScope'>;
export type SessionResponse = Schema<'SessionResponse'>;
export type Problem = Schema<'Problem'>;
