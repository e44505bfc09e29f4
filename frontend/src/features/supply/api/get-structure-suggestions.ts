import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** Suggestions shown as one types: enough to find a structure by name, SIRET or town. */
const SUGGESTIONS = 10;

/** Active structures of the directory matching what is typed (a facilitator orders for one). */
export function useStructureSuggestions(text: string) {
  return useQuery({
    queryKey: ['supply', 'structure-suggestions', text],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/structures', {
          params: { query: { q: text, size: SUGGESTIONS, facets: false, active: true } },
        }),
      ),
    enabled: text !== '',
    staleTime: 60_000,
  });
}
