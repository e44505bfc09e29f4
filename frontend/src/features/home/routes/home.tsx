import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';
import type { Role } from '@/lib/api/types';
import { useSession } from '@/lib/auth/use-session';
import { paths } from '@/config/paths';

export const SPACE_TITLES: Record<Role, string> = {
  buyer: 'Espace acheteur',
  siae: 'Espace structure',
  facilitator: 'Espace animateur',
  partner: 'Espace partenaire',
  admin: 'Administration',
};

const SPACE_INTRODUCTIONS: Record<Role, string> = {
  buyer:
    'Retrouvez ici les structures d’insertion de votre territoire et vos demandes de sourcing.',
  siae: 'Présentez votre structure et suivez les sollicitations des acheteurs.',
  facilitator: 'Suivez l’activité du réseau et accompagnez les structures.',
  partner: 'Cet espace est réservé à l’accès par API.',
  admin: 'Gérez les organisations, les comptes et les clients partenaires de la plateforme.',
};

const ADMIN_SHORTCUTS = [
  {
    to: paths.adminOrganisations,
    label: 'Organisations',
    description: 'Créer et modifier les organisations.',
  },
  {
    to: paths.adminUsers,
    label: 'Utilisateurs',
    description: 'Inviter des personnes et gérer leurs accès.',
  },
  {
    to: paths.adminPartnerClients,
    label: 'Clients partenaires',
    description: 'Gérer les accès API des partenaires.',
  },
];

export function HomeRoute() {
  const session = useSession();
  if (!session) return null;
  const { role, displayName, organisation } = session.user;

  return (
    <Stack gap="lg">
      <PageTitle title={SPACE_TITLES[role]} />
      <Title order={1}>{SPACE_TITLES[role]}</Title>
      <Text>
        Bonjour {displayName} ({organisation.name}). {SPACE_INTRODUCTIONS[role]}
      </Text>
      {role === 'admin' && (
        <SimpleGrid
          cols={{ base: 1, sm: 3 }}
          component="ul"
          style={{ listStyle: 'none', padding: 0 }}
        >
          {ADMIN_SHORTCUTS.map((shortcut) => (
            <Card key={shortcut.to} withBorder component="li">
              <Anchor component={Link} to={shortcut.to} fw={600}>
                {shortcut.label}
              </Anchor>
              <Text size="sm" mt="xs">
                {shortcut.description}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
