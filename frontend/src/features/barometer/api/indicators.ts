import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { downloadBlob } from '@/lib/download';
import type { paths } from '@/lib/api/schema';
import type { Schema } from '@/lib/api/types';

export type ActivityIndicators = Schema<'ActivityIndicators'>;
export type ActivityIndicatorCell = Schema<'ActivityIndicatorCell'>;
export type ActivityCellSurvey = Schema<'ActivityCellSurvey'>;
export type NonRespondent = Schema<'NonRespondent'>;

export type IndicatorParams = NonNullable<
  paths['/api/v1/indicators/activity']['get']['parameters']['query']
>;
export type CellParams = NonNullable<
  paths['/api/v1/indicators/activity/structures']['get']['parameters']['query']
>;
export type NonRespondentParams = NonNullable<
  paths['/api/v1/indicators/activity/non-respondents']['get']['parameters']['query']
>;
export type ExportFormat = 'csv' | 'xlsx';

const indicatorsQueryKey = ['barometer', 'indicators'] as const;

/**
 * The weekly indicators of a period, by department and kind, with their margins: only the rows of
 * `params.level` when given (a year of every row is tens of thousands of them). Null: not asked.
 */
export function useActivityIndicators(params: IndicatorParams | null) {
  return useQuery({
    queryKey: [...indicatorsQueryKey, 'activity', params],
    queryFn: () =>
      unwrap(api.GET('/api/v1/indicators/activity', { params: { query: params ?? {} } })),
    enabled: params !== null,
    placeholderData: keepPreviousData,
  });
}

/** The answers behind one cell (a week, a department, a kind), with the structures' names. */
export function useCellSurveys(params: CellParams | null) {
  return useQuery({
    queryKey: [...indicatorsQueryKey, 'cell', params],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/indicators/activity/structures', {
          params: { query: params ?? { week: '' } },
        }),
      ),
    enabled: params !== null,
    placeholderData: keepPreviousData,
  });
}

/** The active structures that did not answer a week's survey: whom to call. */
export function useNonRespondents(params: NonRespondentParams) {
  return useQuery({
    queryKey: [...indicatorsQueryKey, 'non-respondents', params],
    queryFn: () =>
      unwrap(api.GET('/api/v1/indicators/activity/non-respondents', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

/** The indicators of the filters as a spreadsheet (French headers), saved by the browser. */
export function useExportIndicators() {
  return useMutation({
    mutationFn: async ({ format, params }: { format: ExportFormat; params: IndicatorParams }) => {
      const blob = await unwrap(
        api.GET('/api/v1/indicators/activity/export', {
          params: { query: { ...params, format } },
          parseAs: 'blob',
        }),
      );
      downloadBlob(blob, `indicateurs-barometre-${params.from ?? ''}-${params.to ?? ''}.${format}`);
    },
  });
}
