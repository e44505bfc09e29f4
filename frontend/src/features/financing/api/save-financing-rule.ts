import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { isStaleWrite } from '@/lib/api/problem';
import type { Schema } from '@/lib/api/types';
import { diagnosticsQueryKey } from './get-diagnostics';
import { financingRulesQueryKey } from './get-financing-rules';

export type FinancingRuleInput = Schema<'FinancingRuleInput'>;

interface SaveFinancingRule {
  /** The rule changed, with the ETag it was read with (`etagOf(rule)`); none creates one. */
  saved: { id: string; ifMatch: string } | null;
  body: FinancingRuleInput;
}

/** Creates a rule, or changes one with If-Match; a rule that does not parse is a 400 naming where. */
export async function saveFinancingRule({ saved, body }: SaveFinancingRule) {
  if (saved === null) return unwrap(api.POST('/api/v1/financing-rules', { body }));
  return unwrap(
    api.PUT('/api/v1/financing-rules/{id}', {
      params: { path: { id: saved.id }, header: { 'If-Match': saved.ifMatch } },
      body,
    }),
  );
}

export function useSaveFinancingRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveFinancingRule,
    // Diagnoses use the rules in force: the recommendations shown change with them.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: financingRulesQueryKey }),
        queryClient.invalidateQueries({ queryKey: diagnosticsQueryKey }),
      ]),
    onError: (error) => {
      if (isStaleWrite(error))
        void queryClient.invalidateQueries({ queryKey: financingRulesQueryKey });
    },
  });
}
