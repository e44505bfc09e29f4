import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { SkipLink } from '@/components/skip-link';
import { MyAccountRoute } from '@/features/account/routes/my-account';
import { OrganisationsRoute } from '@/features/admin/routes/organisations';
import { PartnerClientsRoute } from '@/features/admin/routes/partner-clients';
import { UsersRoute } from '@/features/admin/routes/users';
import { ForgotPasswordRoute } from '@/features/auth/routes/forgot-password';
import { LoginRoute } from '@/features/auth/routes/login';
import { SetPasswordRoute } from '@/features/auth/routes/set-password';
import { HomeRoute } from '@/features/home/routes/home';
import { RequireRole, RequireSession } from './routes/guards';
import { NotFoundRoute } from './routes/not-found';

function Root() {
  return (
    <>
      <SkipLink />
      <Outlet />
    </>
  );
}

export const routes: RouteObject[] = [
  {
    element: <Root />,
    children: [
      { path: '/connexion', element: <LoginRoute /> },
      { path: '/mot-de-passe-oublie', element: <ForgotPasswordRoute /> },
      { path: '/definir-mot-de-passe', element: <SetPasswordRoute /> },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: '/mon-compte', element: <MyAccountRoute /> },
          {
            path: '/admin',
            element: <RequireRole roles={['admin']} />,
            children: [
              { path: 'organisations', element: <OrganisationsRoute /> },
              { path: 'utilisateurs', element: <UsersRoute /> },
              { path: 'clients-partenaires', element: <PartnerClientsRoute /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
