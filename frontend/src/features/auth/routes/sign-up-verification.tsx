import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useEmailVerification } from '../api/sign-up';
import { TokenLinkPage } from '../components/token-link-page';
import { paths } from '@/config/paths';

function InvalidVerificationLink() {
  return (
    <Stack gap="md">
      <Alert color="red" variant="outline" role="alert" title="Lien invalide ou expiré">
        Ce lien n’est plus valide : il a déjà servi, a expiré (il vaut 24 heures) ou a été remplacé
        par un plus récent. Si votre compte est déjà activé, connectez-vous ; sinon, demandez un
        nouveau lien.
      </Alert>
      <Anchor component={Link} to={paths.signUpSent}>
        Demander un nouveau lien
      </Anchor>
      <Anchor component={Link} to={paths.login}>
        Aller à la connexion
      </Anchor>
    </Stack>
  );
}

/** The link of the sign-up e-mail: the address is verified as the page opens. */
export function SignUpVerificationRoute() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('jeton') ?? '';
  const verification = useEmailVerification(token);

  return (
    <TokenLinkPage
      title="Activation du compte"
      missingToken={!token}
      result={verification}
      loadingLabel="Vérification de votre adresse…"
      invalid={<InvalidVerificationLink />}
    >
      {(verified) => (
        <Stack gap="md">
          <Alert color="green" variant="outline" role="status" title="Adresse confirmée">
            Votre adresse {verified.email} est confirmée : votre compte est actif.
          </Alert>
          {verified.nextStep === 'LOG_IN_CLAIM_PENDING' && (
            <Text>
              Votre rattachement à la structure n’est pas encore confirmé : sa personne de contact
              doit suivre le lien que nous lui avons envoyé, ou un animateur du réseau doit accepter
              votre demande. Vous recevrez un e-mail dès que ce sera fait.
            </Text>
          )}
          <Button component={Link} to={paths.login} state={{ email: verified.email }} fullWidth>
            Se connecter
          </Button>
        </Stack>
      )}
    </TokenLinkPage>
  );
}
