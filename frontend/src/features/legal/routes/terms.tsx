import { List, Text } from '@mantine/core';
import { LegalPage, type LegalSection } from '../components/legal-page';

const SECTIONS: LegalSection[] = [
  {
    title: 'À quoi sert Relance IAE',
    body: (
      <Text>
        Relance IAE est l’outil du réseau régional des structures d’insertion par l’activité
        économique (SIAE) en Île-de-France. Il permet aux acheteurs de trouver des structures et de
        leur confier des besoins, et aux structures de tenir leur fiche à jour et de répondre à ces
        besoins. Le service est gratuit.
      </Text>
    ),
  },
  {
    title: 'Votre compte',
    body: (
      <List spacing="xs">
        <List.Item>
          Vous créez votre compte avec une adresse e-mail que vous confirmez, et un mot de passe
          personnel que vous ne partagez pas.
        </List.Item>
        <List.Item>
          Les informations que vous donnez (votre nom, votre organisation, le SIRET de votre
          structure) doivent être exactes. Les animateurs du réseau vérifient les nouvelles
          organisations et les demandes de rattachement à une structure ; ils peuvent les refuser.
        </List.Item>
        <List.Item>
          Vous pouvez demander la fermeture de votre compte à tout moment auprès de l’équipe du
          réseau.
        </List.Item>
      </List>
    ),
  },
  {
    title: 'Ce que vous vous engagez à faire',
    body: (
      <List spacing="xs">
        <List.Item>
          Utiliser les coordonnées des structures uniquement pour les solliciter dans le cadre de
          vos achats, et non pour de la prospection sans rapport.
        </List.Item>
        <List.Item>
          Décrire des besoins réels, et ne publier aucun contenu illicite, trompeur ou
          discriminatoire.
        </List.Item>
        <List.Item>Ne pas chercher à contourner les limites ou la sécurité du service.</List.Item>
      </List>
    ),
  },
  {
    title: 'Ce que le réseau s’engage à faire',
    body: (
      <Text>
        Le réseau fait de son mieux pour que le service soit disponible et que l’annuaire soit à
        jour, sans pouvoir le garantir : les fiches sont tenues par les structures elles-mêmes. Un
        compte qui ne respecte pas ces conditions peut être suspendu.
      </Text>
    ),
  },
  {
    title: 'Évolution de ces conditions',
    body: (
      <Text>
        Si ces conditions changent, la nouvelle version est publiée sur cette page avec sa date.
        L’inscription enregistre la version que vous avez acceptée.
      </Text>
    ),
  },
];

export function TermsRoute() {
  return <LegalPage title="Conditions d’utilisation" sections={SECTIONS} />;
}
