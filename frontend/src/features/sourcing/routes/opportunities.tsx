import { Anchor, Badge, Button, Group, Select, Stack, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { PagedTable, type Column } from '@/components/paged-table';
import { oneOfParam, pageParam, useUrlState, type ParamCodecs } from '@/hooks/use-url-state';
import { paths } from '@/config/paths';
import {
  useMySolicitations,
  type SolicitationInboxItem,
  type SolicitationStatus,
} from '../api/get-my-solicitations';
import { ResponseDeadline } from '../components/response-deadline';
import { SolicitationStatusBadge } from '../components/solicitation-status-badge';
import { CHANNEL_LABELS, SOLICITATION_STATUS_LABELS } from '../utils/solicitation-labels';

const PAGE_SIZE = 20;
const STATUSES = Object.keys(SOLICITATION_STATUS_LABELS) as SolicitationStatus[];
const ALL = 'ALL';

interface InboxState {
  status: SolicitationStatus | null;
  page: number;
}

const CODECS: ParamCodecs<InboxState> = { status: oneOfParam(STATUSES), page: pageParam };

/** The request's title, a link to it; never opened: in bold, with « Nouveau ». */
function OpportunityTitle({ item }: { item: SolicitationInboxItem }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Anchor
        component={Link}
        to={paths.opportunity(item.id)}
        fw={item.unread ? 700 : 500}
        miw={0}
        style={{ overflowWrap: 'anywhere' }}
      >
        {item.title}
        {item.unread && <VisuallyHidden> (nouvelle, pas encore ouverte)</VisuallyHidden>}
      </Anchor>
      {item.unread && (
        <Badge color="relance" variant="filled" tt="none" aria-hidden="true">
          Nouveau
        </Badge>
      )}
    </Group>
  );
}

function placeAndSectors(item: SolicitationInboxItem): string {
  return [item.placeSummary, ...item.sectorNames].filter(Boolean).join(' · ');
}

function columns(showStructure: boolean): Column<SolicitationInboxItem>[] {
  return [
    { header: 'Besoin', render: (item) => <OpportunityTitle item={item} /> },
    {
      header: 'Acheteur',
      render: (item) => `${item.buyerOrganisationName} · ${CHANNEL_LABELS[item.channel]}`,
    },
    ...(showStructure
      ? [{ header: 'Structure', render: (item: SolicitationInboxItem) => item.structureName }]
      : []),
    { header: 'Lieu et secteurs', render: placeAndSectors },
    {
      header: 'Date limite',
      render: (item) => (
        <ResponseDeadline deadline={item.responseDeadline} passed={item.deadlinePassed} />
      ),
    },
    { header: 'Statut', render: (item) => <SolicitationStatusBadge status={item.status} /> },
  ];
}

/** On a phone: one card per solicitation. */
function OpportunityCard({
  item,
  showStructure,
}: {
  item: SolicitationInboxItem;
  showStructure: boolean;
}) {
  return (
    <Stack gap={6}>
      <OpportunityTitle item={item} />
      <Text size="sm">
        {item.buyerOrganisationName} · {CHANNEL_LABELS[item.channel]}
      </Text>
      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {placeAndSectors(item)}
      </Text>
      {showStructure && <Text size="sm">Pour {item.structureName}</Text>}
      <ResponseDeadline deadline={item.responseDeadline} passed={item.deadlinePassed} />
      <div>
        <SolicitationStatusBadge status={item.status} />
      </div>
    </Stack>
  );
}

/** A siae user's « Opportunités »: the requests its structures are asked to answer, newest first. */
export function OpportunitiesRoute() {
  const [{ status, page }, update] = useUrlState(CODECS);
  const inbox = useMySolicitations({ page, size: PAGE_SIZE, ...(status ? { status } : {}) });
  const showStructure = new Set(inbox.data?.items.map((item) => item.structureId)).size > 1;

  return (
    <Stack gap="lg">
      <PageHeader title="Opportunités" />
      <Text>
        Les besoins d’acheteurs pour lesquels le réseau sollicite votre structure. Ouvrez-en un pour
        y répondre.
      </Text>
      <Select
        label="Statut"
        maw={280}
        allowDeselect={false}
        value={status ?? ALL}
        data={[
          { value: ALL, label: 'Toutes' },
          ...STATUSES.map((value) => ({ value, label: SOLICITATION_STATUS_LABELS[value] })),
        ]}
        onChange={(value) =>
          update({ status: STATUSES.find((candidate) => candidate === value) ?? null, page: 0 })
        }
      />
      <PagedTable
        caption="Opportunités, les plus récentes d’abord"
        columns={columns(showStructure)}
        rowKey={(item) => item.id}
        data={inbox.data}
        isPending={inbox.isPending}
        error={inbox.error}
        onRetry={() => void inbox.refetch()}
        onPageChange={(next) => update({ page: next })}
        renderCard={(item) => <OpportunityCard item={item} showStructure={showStructure} />}
        emptyMessage={
          status
            ? `Aucune opportunité « ${SOLICITATION_STATUS_LABELS[status]} » pour l’instant.`
            : 'Aucune opportunité pour l’instant. Quand un acheteur publie un besoin qui correspond à votre structure, il apparaît ici et vous recevez un e-mail. Pour être sollicité, tenez à jour vos activités et les départements où vous intervenez.'
        }
        emptyAction={
          status ? (
            <Button variant="light" onClick={() => update({ status: null, page: 0 })}>
              Voir toutes les opportunités
            </Button>
          ) : (
            <Button component={Link} to={paths.myStructure} variant="light">
              Mettre à jour ma structure
            </Button>
          )
        }
      />
    </Stack>
  );
}
