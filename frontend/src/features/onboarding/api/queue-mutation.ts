import { useMutation, useQueryClient } from '@tanstack/react-query';

/** A decision on a queue's item: the queue (its query key) is read again, the item has left it. */
export function useQueueMutation<Input>(
  queueKey: readonly string[],
  mutationFn: (input: Input) => Promise<unknown>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queueKey }),
  });
}
