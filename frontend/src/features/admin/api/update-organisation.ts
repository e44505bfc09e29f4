import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { refreshWhenStale } from './refresh-when-stale';
import type { OrganisationInput } from './create-organisation';
import { organisationsQueryKey } from './get-organisations';
import { partnerClientsQueryKey } from './get-partner-clients';
import { usersQueryKey } from './get-users';

interface UpdateOrganisation {
  id: string;
  /** The ETag of the version read (`etagOf(organisation)`): a newer one on the server is a 412. */
  ifMatch: string;
  body: OrganisationInput;
}

export async function updateOrganisation({ id, ifMatch, body }: UpdateOrganisation) {
  return unwrap(
    api.PUT('/api/v1/admin/organisations/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch } },
      body,
    }),
  );
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
    onError: (error) => refreshWhenStale(error, queryClient, organisationsQueryKey),
  });
}
