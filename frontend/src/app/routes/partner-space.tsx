import { Button } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useLogout } from '@/features/auth/api/logout';
import { MessagePage } from './message-page';
import { paths } from '@/config/paths';

/** Partner accounts are machine clients: the web interface has nothing for them. */
export function PartnerSpaceRoute() {
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <MessagePage
      title="Espace réservé à l’API"
      standalone
      action={
        <Button
          w="fit-content"
          loading={logout.isPending}
          onClick={() =>
            logout.mutate(undefined, {
              onSettled: () => void navigate(paths.login, { replace: true }),
            })
          }
        >
          Se déconnecter
        </Button>
      }
    >
      Les comptes partenaires accèdent à Relance IAE par l’API (jeton OAuth2 « client credentials
      »), pas par cette interface web.
    </MessagePage>
  );
}
