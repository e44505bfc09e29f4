import { List, Text } from '@mantine/core';
import { LegalPage, type LegalSection } from '../components/legal-page';

const SECTIONS: LegalSection[] = [
  {
    title: 'Les données que nous gardons',
    body: (
      <List spacing="xs">
        <List.Item>
          Pour votre compte : votre adresse e-mail, votre nom, votre organisation, votre mot de
          passe (seulement sous une forme chiffrée qui ne permet pas de le retrouver), la date et la
          version des conditions que vous avez acceptées.
        </List.Item>
        <List.Item>
          Pour une structure : les informations de sa fiche dans l’annuaire et le SIRET donné lors
          d’une demande de rattachement.
        </List.Item>
        <List.Item>
          Pour la sécurité : le nombre de tentatives récentes par adresse IP et par e-mail, afin de
          limiter les abus. Ces compteurs sont effacés au bout de quelques minutes.
        </List.Item>
      </List>
    ),
  },
  {
    title: 'Pourquoi',
    body: (
      <Text>
        Ces données servent uniquement à faire fonctionner le service : vous connecter, vérifier qui
        rejoint le réseau, mettre en relation acheteurs et structures. Elles ne sont ni vendues, ni
        utilisées pour de la publicité. Aucun service extérieur de mesure d’audience ou de
        vérification n’est utilisé.
      </Text>
    ),
  },
  {
    title: 'Qui les voit',
    body: (
      <Text>
        Les animateurs et administrateurs du réseau voient les comptes et les demandes de
        rattachement. L’e-mail et le téléphone d’une structure ne sont visibles que des personnes
        connectées ; le nom de la personne à contacter reste réservé au réseau.
      </Text>
    ),
  },
  {
    title: 'Vos droits',
    body: (
      <Text>
        Vous pouvez consulter, corriger ou faire supprimer vos données, et vous opposer à leur
        utilisation, en écrivant à l’équipe du réseau. Vous pouvez aussi saisir la CNIL
        (www.cnil.fr).
      </Text>
    ),
  },
];

export function PrivacyRoute() {
  return <LegalPage title="Politique de confidentialité" sections={SECTIONS} />;
}
