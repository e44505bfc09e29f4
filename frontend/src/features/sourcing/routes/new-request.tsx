import { Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageLoader } from '@/components/page-loader';
import { PageTitle } from '@/components/page-title';
import { useSession } from '@/lib/auth/use-session';
import { useOngoingContract } from '../api/ongoing-contracts';
import { RequestForm } from '../components/request-form';
import type { SourcingChannel } from '../utils/labels';
import { newRequestValues } from '../utils/request-form-values';

/** The `canal` parameter of the page (paths.newRequestOfChannel). */
const CHANNEL_PARAMS: Record<string, SourcingChannel> = {
  'gre-a-gre': 'NEGOTIATED',
  'sous-traitance': 'SUBCONTRACTING',
};

/**
 * « Nouveau besoin »: `?structure=<id>` targets a structure (« Demander un devis »),
 * `?canal=gre-a-gre` opens a negotiated opportunity, `?marche=<id>` asks an ongoing
 * contract's holder to subcontract (facilitators).
 */
export function NewRequestRoute() {
  const [params] = useSearchParams();
  const session = useSession();
  const facilitator = session?.user.role === 'facilitator';
  const structureId = params.get('structure');
  const contractId = facilitator ? params.get('marche') : null;
  const contract = useOngoingContract(contractId);
  const requested = CHANNEL_PARAMS[params.get('canal') ?? ''];
  const channel: SourcingChannel = contractId
    ? 'SUBCONTRACTING'
    : facilitator && requested
      ? requested
      : 'QUOTE';
  const title = channel === 'NEGOTIATED' ? 'Nouvelle opportunité' : 'Nouveau besoin';

  let body;
  if (contractId && contract.isPending) {
    body = <PageLoader label="Chargement du marché en cours…" />;
  } else if (contractId && contract.error) {
    body = (
      <ErrorAlert
        error={contract.error}
        title="Impossible de charger le marché en cours"
        onRetry={() => void contract.refetch()}
      />
    );
  } else {
    const initialValues = newRequestValues({
      today: new Date(),
      channel,
      targetStructureIds: structureId ? [structureId] : [],
      ongoingContractId: contract.data?.id ?? null,
      buyerOrganisationId: contract.data?.buyerOrganisationId ?? null,
      sectors: contract.data?.sectors ?? [],
    });
    if (contract.data) initialValues.title = `Sous-traitance : ${contract.data.title}`;
    body = <RequestForm initialValues={initialValues} saved={null} facilitator={facilitator} />;
  }

  return (
    <Stack gap="lg" maw={860}>
      <PageTitle title={title} />
      <Stack gap={4}>
        <Title order={1}>{title}</Title>
        <Text c="dimmed">
          {facilitator
            ? 'Décrivez le besoin : il sera publié aux structures qui y correspondent.'
            : 'Décrivez votre besoin : après validation par l’animateur, les structures qui y correspondent seront sollicitées.'}
        </Text>
      </Stack>
      {body}
    </Stack>
  );
}
