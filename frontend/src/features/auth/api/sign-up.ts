import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { useStructureKinds } from '@/lib/api/structure-kinds';
import type { Schema } from '@/lib/api/types';

export type BuyerKind = Schema<'BuyerOrganisationKind'>;
export type BuyerSignUpInput = Schema<'BuyerSignUp'>;
export type StructureSignUpInput = Schema<'StructureSignUp'>;
export type StructureKind = Schema<'StructureKind'>;

export function useSignUpBuyer() {
  return useMutation({
    mutationFn: (body: BuyerSignUpInput) => unwrap(api.POST('/api/v1/sign-up/buyer', { body })),
  });
}

export function useSignUpStructure() {
  return useMutation({
    mutationFn: (body: StructureSignUpInput) =>
      unwrap(api.POST('/api/v1/sign-up/structure', { body })),
  });
}

export function useResendVerification() {
  return useMutation({
    mutationFn: (body: Schema<'VerificationResend'>) =>
      unwrap(api.POST('/api/v1/sign-up/verification/resend', { body })),
  });
}

/**
 * A single-use link, used once as its page opens: a query (not an effect) so that a second
 * render, or React's strict mode, never sends it twice; never retried nor refetched.
 */
function linkUseOptions<T>(key: string, token: string, use: () => Promise<T>) {
  return {
    queryKey: ['sign-up', key, token],
    queryFn: use,
    enabled: token !== '',
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  } as const;
}

export function useEmailVerification(token: string) {
  return useQuery(
    linkUseOptions('verification', token, () =>
      unwrap(api.POST('/api/v1/sign-up/verification', { body: { token } })),
    ),
  );
}

export function useStructureClaimConfirmation(token: string) {
  return useQuery(
    linkUseOptions('claim-confirmation', token, () =>
      unwrap(api.POST('/api/v1/structure-claims/confirmation', { body: { token } })),
    ),
  );
}

/** What the directory knows of a SIRET, before a structure's sign-up. */
export type SiretLookup = { found: true; name: string } | { found: false };

export function useStructureBySiret(siret: string | null) {
  return useQuery({
    queryKey: ['sign-up', 'siret', siret],
    queryFn: async (): Promise<SiretLookup> => {
      try {
        const structure = await unwrap(
          api.GET('/api/v1/structures/by-siret/{siret}', {
            params: { path: { siret: siret ?? '' } },
          }),
        );
        return { found: true, name: structure.name };
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return { found: false };
        throw error;
      }
    },
    enabled: siret !== null,
    retry: false,
  });
}

/** The kinds of structure (« Entreprise d’insertion »…), as options of a select. */
export function useStructureKindOptions(enabled: boolean) {
  const kinds = useStructureKinds(enabled);
  return {
    isPending: kinds.isPending,
    options: (kinds.data ?? []).map((kind) => ({ value: kind.code, label: kind.label })),
  };
}
