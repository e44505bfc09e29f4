import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { referenceQueryOptions } from '@/lib/api/reference-query';
import type { Schema } from '@/lib/api/types';

export type StructureSummary = Schema<'StructureSummary'>;
type StructureKind = Schema<'StructureKind'>;

/** Suggestions shown as one types: enough to find a structure by name, SIRET or town. */
const SUGGESTIONS = 10;

/** Active structures of the directory matching what is typed (empty text: none asked). */
export function useStructureSuggestions(text: string) {
  return useQuery({
    queryKey: ['sourcing', 'structure-suggestions', text],
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

/** A structure's name, for those known by their id only (added by hand to a request). */
export function useStructureName(id: string) {
  return useQuery({
    queryKey: ['sourcing', 'structure-name', id],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/structures/{id}', { params: { path: { id } } }))).name,
    staleTime: Infinity,
  });
}

/** The French name of a structure kind (« Atelier et chantier d’insertion »), the code while loading. */
export function useKindLabel(): (code: StructureKind) => string {
  const kinds = useQuery(
    referenceQueryOptions('structure-kinds', () => unwrap(api.GET('/api/v1/structure-kinds'))),
  );
  const labels = new Map((kinds.data ?? []).map((kind) => [kind.code, kind.label]));
  return (code) => labels.get(code) ?? code;
}
