import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { OrganisationInput } from './create-organisation';
import { organisationsQueryKey } from './get-organisations';
import { partnerClientsQueryKey } from './get-partner-clients';
import { usersQueryKey } from './get-users';

export async function updateOrganisation({ id, body }: { id: string; body: OrganisationInput }) {
  return unwrap(api.PUT('/api/v1/admin/organisations/{id}', { params: { path: { id } }, body }));
}

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganisation,
    // Users and partner clients show their organisation's name.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: organisationsQueryKey }),
        queryClient.invalidateQueries({ queryKey: usersQueryKey }),
        queryClient.invalidateQueries({ queryKey: partnerClientsQueryKey }),
      ]),
  });
}
