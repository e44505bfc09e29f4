import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type BuyerOrganisation = Schema<'OrganisationRef'>;

/** Organisations offered at once: the first ones in name order, or those matching the text. */
export const BUYER_ORGANISATION_SUGGESTIONS = 20;

/** The active buyer organisations whose name contains the text (all of them, in name order, when empty). */
export function useBuyerOrganisations(text: string, enabled = true) {
  return useQuery({
    queryKey: ['sourcing', 'buyer-organisations', text],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/buyer-organisations', {
          params: {
            query: { size: BUYER_ORGANISATION_SUGGESTIONS, ...(text === '' ? {} : { q: text }) },
          },
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
