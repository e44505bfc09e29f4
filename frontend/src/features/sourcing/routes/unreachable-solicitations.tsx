import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { PagedTable, type Column } from '@/components/paged-table';
import { pageParam, useUrlState, type ParamCodecs } from '@/hooks/use-url-state';
import { paths } from '@/config/paths';
import {
  useUnreachableSolicitations,
  type UnreachableSolicitation,
} from '../api/get-unreachable-solicitations';
import { useKindLabel } from '../api/structures';
import { ContactDetails } from '../components/contact-details';
import { ResponseDeadline } from '../components/response-deadline';
import { SolicitationStatusBadge } from '../components/solicitation-status-badge';

const PAGE_SIZE = 20;
const CODECS: ParamCodecs<{ page: number }> = { page: pageParam };

function place(item: UnreachableSolicitation): string | null {
  if (item.city && item.department) return `${item.city} (${item.department})`;
  return item.city ?? item.department ?? null;
}

function StructureCell({
  item,
  kindLabel,
}: {
  item: UnreachableSolicitation;
  kindLabel: (code: UnreachableSolicitation['kind']) => string;
}) {
  const where = place(item);
  return (
    <Stack gap={0} miw={0}>
      <Anchor
        component={Link}
        to={paths.structure(item.structureId)}
        fw={600}
        style={{ overflowWrap: 'anywhere' }}
      >
        {item.structureName}
      </Anchor>
      <Text size="sm" c="dimmed">
        {[kindLabel(item.kind), where].filter(Boolean).join(' · ')}
      </Text>
    </Stack>
  );
}

/** A facilitator's « À appeler »: solicited structures that no e-mail reaches, nearest deadline first. */
export function UnreachableSolicitationsRoute() {
  const [{ page }, update] = useUrlState(CODECS);
  const list = useUnreachableSolicitations({ page, size: PAGE_SIZE });
  const kindLabel = useKindLabel();

  const columns: Column<UnreachableSolicitation>[] = [
    { header: 'Structure', render: (item) => <StructureCell item={item} kindLabel={kindLabel} /> },
    { header: 'Contact', render: (item) => <ContactDetails contact={item.contact} /> },
    {
      header: 'Besoin',
      render: (item) => (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {item.requestTitle}
        </Text>
      ),
    },
    {
      header: 'Date limite',
      render: (item) => (
        <ResponseDeadline deadline={item.responseDeadline} passed={item.deadlinePassed} />
      ),
    },
    { header: 'Statut', render: (item) => <SolicitationStatusBadge status={item.status} /> },
  ];

  return (
    <Stack gap="lg">
      <PageHeader title="À appeler" />
      <Text>
        Ces structures sont sollicitées mais n’ont ni compte ni adresse e-mail : aucun message ne
        leur parvient. Appelez-les pour leur présenter le besoin, puis complétez leur fiche (une
        adresse e-mail leur permettra de recevoir les prochains).
      </Text>
      <PagedTable
        caption="Structures sollicitées à appeler, date limite la plus proche d’abord"
        columns={columns}
        rowKey={(item) => item.id}
        data={list.data}
        isPending={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        onPageChange={(next) => update({ page: next })}
        emptyMessage="Aucune structure à appeler : toutes les structures sollicitées peuvent être jointes par e-mail."
      />
    </Stack>
  );
}
