import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { referenceQueryOptions } from '@/lib/api/reference-query';

/** Departments by code, for the filter and to name them (« Seine-Saint-Denis (93) »). */
export function useDepartments() {
  return useQuery(
    referenceQueryOptions('departments', () => unwrap(api.GET('/api/v1/departments'))),
  );
}

/** The French name of a structure kind (« Entreprise d’insertion »), the code while loading. */
export function useKindLabel(): (code: string | null | undefined) => string {
  const kinds = useQuery(
    referenceQueryOptions('structure-kinds', () => unwrap(api.GET('/api/v1/structure-kinds'))),
  );
  const labels = new Map((kinds.data ?? []).map((kind) => [kind.code as string, kind.label]));
  return (code) => (code ? (labels.get(code) ?? code) : '—');
}

/** « Seine-Saint-Denis (93) », the code while loading. */
export function useDepartmentLabel(): (code: string | null | undefined) => string {
  const departments = useDepartments();
  const names = new Map(
    (departments.data ?? []).map((department) => [department.code, department.name]),
  );
  return (code) => {
    if (!code) return '—';
    const name = names.get(code);
    return name ? `${name} (${code})` : code;
  };
}
