import { useParams } from 'react-router';
import { PersonalLinkPage, type InvalidLinkText } from '@/components/personal-link-page';
import { paths } from '@/config/paths';
import {
  useAnswerSolicitationByLink,
  useDownloadLinkAttachment,
  useSolicitationByLink,
} from '../api/solicitation-link';
import { OpportunityView } from '../components/opportunity-view';

/** Why a solicitation's link no longer works, and the other ways to answer. */
const INVALID_SOLICITATION_LINK: InvalidLinkText = {
  reason:
    'Ce lien de réponse n’est plus valable : il a expiré (il sert jusqu’à 7 jours après la date limite du besoin), la sollicitation a été retirée, ou l’adresse a été copiée en partie.',
  ways: [
    'si vous avez encore l’e-mail reçu, ouvrez le lien directement depuis ce message ;',
    'contactez l’équipe d’animation du réseau qui vous a sollicité : elle peut vous envoyer un nouveau lien ;',
    'si votre structure a un compte, connectez-vous : vos sollicitations sont dans « Opportunités ».',
  ],
  signInTo: paths.opportunities,
};

/**
 * A solicitation opened from the personal link of its e-mail, without an account: the request
 * and the answer form.
 */
export function SolicitationLinkRoute() {
  const { token = '' } = useParams();
  const solicitation = useSolicitationByLink(token);
  const answer = useAnswerSolicitationByLink(token);
  const download = useDownloadLinkAttachment(token);
  return (
    <PersonalLinkPage
      query={solicitation}
      loadingLabel="Ouverture de la sollicitation…"
      heading="Sollicitation"
      failureTitle="Impossible d’ouvrir la sollicitation"
      invalid={INVALID_SOLICITATION_LINK}
    >
      {(detail) => (
        <OpportunityView
          detail={detail}
          linkToken={token}
          saving={answer.isPending}
          download={download}
          onSave={(body, callbacks) => answer.mutate(body, callbacks)}
        />
      )}
    </PersonalLinkPage>
  );
}
