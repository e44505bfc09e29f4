import { MessagePage } from './message-page';

export function NotFoundRoute() {
  return (
    <MessagePage title="Page introuvable" standalone>
      La page que vous cherchez n’existe pas ou a été déplacée.
    </MessagePage>
  );
}
