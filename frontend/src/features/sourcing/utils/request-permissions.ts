import type { CurrentUser } from '@/lib/api/types';
import type { SourcingRequestView } from '../api/get-sourcing-request';

/**
 * Who sends a draft for validation, as the server checks it: its buyer organisation, or the
 * facilitator who wrote it (a facilitator does not send a buyer's draft in the buyer's place).
 */
export function maySubmit(
  request: Pick<SourcingRequestView, 'buyerOrganisationId' | 'authorUserId'>,
  user: CurrentUser | undefined,
): boolean {
  if (!user) return false;
  if (user.role === 'buyer') return user.organisation.id === request.buyerOrganisationId;
  return user.role === 'facilitator' && request.authorUserId === user.id;
}
