import { Button, Group, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { RequestList } from '../components/request-list';

/** « Mes besoins » for a buyer (its organisation's), « Besoins » (all) for a facilitator. */
export function RequestsRoute() {
  const facilitator = useSession()?.user.role === 'facilitator';
  const title = facilitator ? 'Besoins' : 'Mes besoins';
  return (
    <Stack gap="lg">
      <PageTitle title={title} />
      <Group justify="space-between" align="center">
        <Title order={1}>{title}</Title>
        <Group gap="sm">
          {facilitator && (
            <Button variant="outline" component={Link} to={paths.newRequestOfChannel('NEGOTIATED')}>
              Nouvelle opportunité
            </Button>
          )}
          <Button component={Link} to={paths.newRequest}>
            Nouveau besoin
          </Button>
        </Group>
      </Group>
      <RequestList
        caption={facilitator ? 'Les besoins des acheteurs' : 'Les besoins de votre organisation'}
        facilitator={facilitator}
        emptyMessage={
          facilitator
            ? 'Aucun besoin pour l’instant : les besoins des acheteurs apparaîtront ici.'
            : 'Vous n’avez encore aucun besoin. Décrivez-en un : les structures qui y correspondent seront sollicitées.'
        }
        emptyAction={
          <Button component={Link} to={paths.newRequest}>
            Décrire un besoin
          </Button>
        }
      />
    </Stack>
  );
}
