import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { mySolicitationQueryKey } from './get-my-solicitation';
import { mySolicitationsQueryKey } from './get-my-solicitations';

export type SolicitationAnswerInput = Schema<'SolicitationAnswerInput'>;

export async function answerMySolicitation({
  id,
  body,
}: {
  id: string;
  body: SolicitationAnswerInput;
}) {
  return unwrap(api.PUT('/api/v1/solicitations/{id}/answer', { params: { path: { id } }, body }));
}

export function useAnswerMySolicitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerMySolicitation,
    onSuccess: async (saved, { id }) => {
      queryClient.setQueryData(mySolicitationQueryKey(id), saved);
      await queryClient.invalidateQueries({
        queryKey: mySolicitationsQueryKey,
        predicate: (query) => query.queryKey[2] !== 'detail',
      });
    },
  });
}
