import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import {
  createMemoryRouter,
  RouterProvider,
  type InitialEntry,
  type RouteObject,
} from 'react-router';
import { cssVariablesResolver, theme } from '@/config/theme';
import type { CurrentUser } from '@/lib/api/types';
import { sessionStore } from '@/lib/auth/session-store';

export const ADMIN_USER: CurrentUser = {
  id: '00000000-0000-0000-0000-000000000001',
  email: 'admin@demo.relance-iae.fr',
  displayName: 'Alice Admin',
  role: 'admin',
  organisation: {
    id: '00000000-0000-0000-0000-0000000000a1',
    name: 'Réseau IAE',
    kind: 'PLATFORM',
  },
};

/** A structure's user, for the pages of the siae role. */
export const SIAE_USER: CurrentUser = {
  ...ADMIN_USER,
  id: '00000000-0000-0000-0000-0000000000d1',
  email: 'siae@demo.relance-iae.fr',
  displayName: 'Sam Structure',
  role: 'siae',
  organisation: { id: '00000000-0000-0000-0000-0000000000e1', name: 'Jardins', kind: 'SIAE' },
};

/** A facilitator of the network. */
export const FACILITATOR: CurrentUser = {
  ...ADMIN_USER,
  id: '00000000-0000-0000-0000-0000000000d2',
  email: 'animateur@demo.relance-iae.fr',
  displayName: 'Fanny Animatrice',
  role: 'facilitator',
  organisation: { id: '00000000-0000-0000-0000-0000000000e2', name: 'Club ASR', kind: 'NETWORK' },
};

export function signIn(user: CurrentUser = ADMIN_USER, accessToken = 'access-1') {
  sessionStore.set({ accessToken, user });
}

interface RenderRouteOptions {
  path: string;
  /** Other routes reachable from the page (e.g. the redirect target of a login). */
  routes?: RouteObject[];
  initialEntry?: InitialEntry;
}

/** Renders one page inside the app's providers and an in-memory router. */
export function renderRoute(
  element: ReactElement,
  { path, routes = [], initialEntry }: RenderRouteOptions,
) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const router = createMemoryRouter([{ path, element }, ...routes], {
    initialEntries: [initialEntry ?? path],
  });
  const user = userEvent.setup();
  const view = render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <Notifications />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...view, user, router, queryClient };
}
