import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';

export type FinancingRuleView = Schema<'FinancingRuleView'>;

export const financingRulesQueryKey = ['financing', 'rules'] as const;

/** Every rule, active or not, in the order they are applied. */
export async function getFinancingRules() {
  return unwrap(api.GET('/api/v1/financing-rules'));
}

export const getFinancingRulesQueryOptions = () =>
  queryOptions({ queryKey: financingRulesQueryKey, queryFn: getFinancingRules });

export function useFinancingRules() {
  return useQuery(getFinancingRulesQueryOptions());
}
