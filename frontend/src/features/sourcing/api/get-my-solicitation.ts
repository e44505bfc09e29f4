import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schema } from '@/lib/api/types';
import { mySolicitationsQueryKey } from './get-my-solicitations';

export type SolicitationDetail = Schema<'SolicitationDetail'>;
export type SolicitedRequestView = Schema<'SolicitedRequestView'>;
export type SolicitationAnswerView = Schema<'SolicitationAnswerView'>;
export type SolicitationAttachmentView = Schema<'SolicitationAttachmentView'>;

export const mySolicitationQueryKey = (id: string) =>
  [...mySolicitationsQueryKey, 'detail', id] as const;

/** One solicitation of the siae user's organisation; the server records the first view. */
export async function getMySolicitation(id: string) {
  return unwrap(api.GET('/api/v1/solicitations/{id}', { params: { path: { id } } }));
}

export const getMySolicitationQueryOptions = (id: string) =>
  queryOptions({ queryKey: mySolicitationQueryKey(id), queryFn: () => getMySolicitation(id) });

export function useMySolicitation(id: string) {
  return useQuery(getMySolicitationQueryOptions(id));
}
