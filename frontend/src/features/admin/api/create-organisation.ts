import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { organisationsQueryKey } from './get-organisations';

export type OrganisationInput = Schema<'OrganisationInput'>;

export async function createOrganisation(body: OrganisationInput) {
  return unwrap(api.POST('/api/v1/admin/organisations', { body }));
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationsQueryKey }),
  });
}
