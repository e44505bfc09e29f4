import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ActivityInput } from './create-activity';
import { structuresQueryKey } from './search-structures';

interface UpdateActivity {
  id: string;
  ifMatch: string;
  body: ActivityInput;
}

export async function updateActivity({ id, ifMatch, body }: UpdateActivity) {
  return unwrap(
    api.PUT('/api/v1/activities/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch } },
      body,
    }),
  );
}

export function useUpdateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateActivity,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: structuresQueryKey }),
  });
}
