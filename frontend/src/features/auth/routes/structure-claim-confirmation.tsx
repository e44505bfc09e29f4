import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useStructureClaimConfirmation } from '../api/sign-up';
import { TokenLinkPage } from '../components/token-link-page';
import { paths } from '@/config/paths';

/**
 * The link sent to a structure's contact e-mail: opening it confirms that the person who signed
 * up represents the structure.
 */
export function StructureClaimConfirmationRoute() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('jeton') ?? '';
  const confirmation = useStructureClaimConfirmation(token);

  return (
    <TokenLinkPage
      title="Rattachement à une structure"
      missingToken={!token}
      result={confirmation}
      loadingLabel="Confirmation du rattachement…"
      invalid={
        <Alert color="red" variant="outline" role="alert" title="Lien invalide ou expiré">
          Ce lien n’est plus valide : il a déjà servi ou a expiré (il vaut 7 jours). La personne qui
          a demandé le rattachement peut s’adresser à un animateur du réseau, qui vérifiera sa
          demande.
        </Alert>
      }
    >
      {(confirmed) => (
        <Stack gap="md">
          <Alert color="green" variant="outline" role="status" title="Rattachement confirmé">
            Merci : la personne qui l’a demandé peut maintenant tenir à jour la fiche de{' '}
            {confirmed.structureName} et répondre aux besoins des acheteurs.
          </Alert>
          <Text size="sm">
            Si vous n’êtes pas à l’origine de cette demande, prévenez l’équipe du réseau.
          </Text>
          <Anchor component={Link} to={paths.structure(confirmed.structureId)}>
            Voir la fiche de {confirmed.structureName}
          </Anchor>
        </Stack>
      )}
    </TokenLinkPage>
  );
}
