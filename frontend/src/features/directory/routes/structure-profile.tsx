import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageLoader } from '@/components/page-loader';
import { PageTitle } from '@/components/page-title';
import { useSession } from '@/lib/auth/use-session';
import { useStructure } from '../api/get-structure';
import { QuoteRequestButton } from '../components/quote-request-button';
import { StructureProfileView } from '../components/structure-profile-view';
import { useDirectoryReferences } from '../hooks/use-directory-references';
import { paths } from '@/config/paths';
import { BACK_TO_SEARCH_STATE, lastSearchPath } from '../utils/last-search';

export function StructureProfileRoute() {
  const { id = '' } = useParams();
  const structure = useStructure(id);
  const references = useDirectoryReferences();
  const user = useSession()?.user;
  const canManage = user?.role === 'facilitator' || user?.role === 'admin';

  if (structure.isPending) return <PageLoader label="Chargement de la fiche…" />;
  if (structure.error) {
    return (
      <Stack gap="lg">
        <PageTitle title="Fiche structure" />
        <Title order={1}>Fiche structure</Title>
        <ErrorAlert
          error={structure.error}
          title="Impossible de charger la fiche"
          onRetry={() => void structure.refetch()}
        />
      </Stack>
    );
  }
  const detail = structure.data.data;
  const ownStructure = user?.role === 'siae' && user.organisation.id === detail.organisationId;
  const editPath = canManage
    ? paths.structureEdit(detail.id)
    : ownStructure
      ? paths.myStructureOf(detail.id)
      : null;

  return (
    <Stack gap="lg">
      <PageTitle title={detail.name} />
      <Anchor component={Link} to={lastSearchPath()} state={BACK_TO_SEARCH_STATE} size="sm">
        ← Retour à l’annuaire
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={0} miw={0} style={{ overflowWrap: 'anywhere' }}>
          <Title order={1}>{detail.name}</Title>
          {detail.brand && <Text c="dimmed">{detail.brand}</Text>}
        </Stack>
        <Group gap="sm">
          <QuoteRequestButton structureId={detail.id} structureName={detail.name} />
          {editPath && (
            <Button
              component={Link}
              to={editPath}
              variant={user?.role === 'siae' ? 'filled' : 'outline'}
            >
              Modifier la fiche
            </Button>
          )}
        </Group>
      </Group>
      <StructureProfileView
        structure={detail}
        references={references}
        showCompletion={canManage || ownStructure}
      />
    </Stack>
  );
}
