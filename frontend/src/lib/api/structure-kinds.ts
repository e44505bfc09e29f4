import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { referenceQueryOptions } from './reference-query';

/** The kinds of structure (EI, ACI, AI, ETTI…) with their French names, fetched once. */
export function useStructureKinds(enabled = true) {
  return useQuery({
    ...referenceQueryOptions('structure-kinds', () => unwrap(api.GET('/api/v1/structure-kinds'))),
    enabled,
  });
}

/** The French name of a structure kind (« Entreprise d’insertion »), the code while loading. */
export function useStructureKindLabel(): (code: string) => string {
  const kinds = useStructureKinds();
  const labels = new Map((kinds.data ?? []).map((kind) => [kind.code as string, kind.label]));
  return (code) => labels.get(code) ?? code;
}
