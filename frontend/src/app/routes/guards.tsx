import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '@/lib/api/types';
import { useSession } from '@/lib/auth/use-session';
import { AppLayout } from '../layout/app-layout';
import { PublicLayout } from '../layout/public-layout';
import { ForbiddenRoute } from './forbidden';
import { PartnerSpaceRoute } from './partner-space';
import { paths } from '@/config/paths';

/** Signed-in area: unknown visitors go to /connexion and come back after login. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to={paths.login} replace state={{ from: location }} />;
  if (session.user.role === 'partner') return <PartnerSpaceRoute />;
  return <AppLayout session={session} />;
}

export function RequireRole({ roles }: { roles: Role[] }) {
  const session = useSession();
  if (!session || !roles.includes(session.user.role)) return <ForbiddenRoute />;
  return <Outlet />;
}

/** Pages open without an account (the public directory): the public header, or the signed-in shell. */
export function SessionOrPublic() {
  const session = useSession();
  if (!session) return <PublicLayout />;
  if (session.user.role === 'partner') return <PartnerSpaceRoute />;
  return <AppLayout session={session} />;
}
