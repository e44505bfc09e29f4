import { AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { PRODUCT_NAME } from '@/components/page-title';
import { useLogout } from '@/features/auth/api/logout';
import { useUnreadOpportunities } from '@/features/sourcing/components/unread-opportunities-badge';
import type { Session } from '@/lib/auth/session-store';
import { navigationFor, type NavigationEntry } from './navigation';
import { paths } from '@/config/paths';

/** The entry whose path is the longest prefix of the page's ("/annuaire/import" is not "Annuaire"). */
function activeEntry(pathname: string, entries: NavigationEntry[]): string | undefined {
  const matches = (to: string) =>
    to === paths.home ? pathname === paths.home : pathname === to || pathname.startsWith(`${to}/`);
  return entries
    .map((entry) => entry.to)
    .filter(matches)
    .sort((a, b) => b.length - a.length)[0];
}

/** The signed-in shell; its page is the matched route's, or `children` (the 404 page, outside the routes). */
export function AppLayout({ session, children }: { session: Session; children?: ReactNode }) {
  const [navbarOpened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const { user } = session;
  const navigation = navigationFor(user.role);
  const current = activeEntry(pathname, navigation);
  const unread = useUnreadOpportunities(user.role === 'siae');

  const signOut = () => {
    logout.mutate(undefined, {
      onSettled: () => void navigate(paths.login, { replace: true }),
    });
  };

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding="lg"
    >
      <AppShell.Header bg="relance.9" c="white">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navbarOpened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              color="white"
              aria-label={navbarOpened ? 'Fermer le menu' : 'Ouvrir le menu'}
              aria-expanded={navbarOpened}
              aria-controls="navigation-principale"
            />
            <Text component={Link} to={paths.home} fw={700} size="lg" c="white" td="none">
              {PRODUCT_NAME}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Stack gap={0} visibleFrom="xs" ta="right">
              <Text size="sm" fw={600} c="white">
                {user.displayName}
              </Text>
              <Text size="xs" c="white">
                {user.organisation.name}
              </Text>
            </Stack>
            <Button variant="white" size="sm" onClick={signOut} loading={logout.isPending}>
              Se déconnecter
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" id="navigation-principale" aria-label="Navigation principale">
        {navigation.map((entry) => {
          const active = entry.to === current;
          return (
            <NavLink
              key={entry.to}
              component={Link}
              to={entry.to}
              label={entry.label}
              active={active}
              aria-current={active ? 'page' : undefined}
              {...(entry.to === paths.opportunities
                ? { rightSection: unread.badge, 'aria-label': unread.ariaLabel }
                : {})}
              onClick={close}
              variant="filled"
            />
          );
        })}
      </AppShell.Navbar>

      <AppShell.Main id="contenu" tabIndex={-1}>
        {children ?? <Outlet />}
      </AppShell.Main>
    </AppShell>
  );
}
