import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/types';

export type DiagnosticSummary = Schema<'FinancingDiagnosticSummary'>;
export type DiagnosticPage = Schema<'FinancingDiagnosticPage'>;
/** The list's filters: status, risk level, department, assignee, structure, page. */
export type DiagnosticListParams = NonNullable<
  paths['/api/v1/financing-diagnostics']['get']['parameters']['query']
>;

/** Every financing diagnostic query (lists and pages) starts with this key. */
export const diagnosticsQueryKey = ['financing', 'diagnostics'] as const;

export async function getDiagnostics(params: DiagnosticListParams) {
  return unwrap(api.GET('/api/v1/financing-diagnostics', { params: { query: params } }));
}

export const getDiagnosticsQueryOptions = (params: DiagnosticListParams) =>
  queryOptions({
    queryKey: [...diagnosticsQueryKey, 'list', params],
    queryFn: () => getDiagnostics(params),
    placeholderData: keepPreviousData,
  });

export function useDiagnostics(params: DiagnosticListParams, enabled = true) {
  return useQuery({ ...getDiagnosticsQueryOptions(params), enabled });
}
