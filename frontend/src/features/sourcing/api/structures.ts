import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { referenceQueryOptions } from '@/lib/api/reference-query';
import type { Schema } from '@/lib/api/types';

export type StructureSummary = Schema<'StructureSummary'>;
type StructureKind = Schema<'StructureKind'>;

/** Suggestions shown as one types: enough to find a structure by name, SIRET or town. */
const SUGGESTIONS = 10;

/** A structure a picker finds: from the directory (with an account) or through a personal link. */
export type PickableStructure = StructureSummary | Schema<'PartnerChoice'>;

/**
 * Active structures of the directory matching what is typed (empty text: none asked): through
 * the directory search with an account, or through a personal link (`linkToken`) without one.
 */
export function useStructureSuggestions(text: string, linkToken?: string) {
  return useQuery({
    queryKey: ['sourcing', 'structure-suggestions', linkToken ?? null, text],
    queryFn: async (): Promise<PickableStructure[]> =>
      linkToken === undefined
        ? (
            await unwrap(
              api.GET('/api/v1/structures', {
                params: { query: { q: text, size: SUGGESTIONS, facets: false, active: true } },
              }),
            )
          ).items
        : unwrap(
            api.GET('/api/v1/solicitation-links/{token}/partners', {
              params: { path: { token: linkToken }, query: { q: text } },
            }),
          ),
    enabled: text !== '',
    staleTime: 60_000,
    // Through a link, every look-up counts against the address's limit: no automatic retry.
    retry: linkToken === undefined ? undefined : false,
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
