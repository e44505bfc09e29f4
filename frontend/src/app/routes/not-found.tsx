import { useSession } from '@/lib/auth/use-session';
import { AppLayout } from '../layout/app-layout';
import { MessagePage } from './message-page';

const MESSAGE = 'La page que vous cherchez n’existe pas ou a été déplacée.';

/** Signed in, the page keeps the app's header and navigation, so the way on is where it always is. */
export function NotFoundRoute() {
  const session = useSession();
  if (session && session.user.role !== 'partner') {
    return (
      <AppLayout session={session}>
        <MessagePage title="Page introuvable">{MESSAGE}</MessagePage>
      </AppLayout>
    );
  }
  return (
    <MessagePage title="Page introuvable" standalone>
      {MESSAGE}
    </MessagePage>
  );
}
