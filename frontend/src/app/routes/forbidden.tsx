import { MessagePage } from './message-page';

export function ForbiddenRoute() {
  return (
    <MessagePage title="Accès refusé">
      Vous n’avez pas les droits nécessaires pour accéder à cette page.
    </MessagePage>
  );
}
