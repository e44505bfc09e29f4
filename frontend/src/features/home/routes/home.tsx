import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';
import type { Role } from '@/lib/api/types';
import { useSession } from '@/lib/auth/use-session';
import { paths } from '@/config/paths';

export const SPACE_TITLES: Record<Role, string> = {
  buyer: 'Espace acheteur',
  siae: 'Espace structure',
  facilitator: 'Espace animateur',
  partner: 'Espace partenaire',
  admin: 'Administration',
};

/** What each role can do today: no promise of a capability that is not built yet. */
const SPACE_INTRODUCTIONS: Record<Role, string> = {
  buyer:
    'Trouvez les structures d’insertion près de chez vous, et décrivez vos besoins : les structures qui y correspondent sont sollicitées.',
  siae: 'Tenez à jour la fiche de votre structure et son catalogue, visibles des acheteurs, et répondez chaque semaine au baromètre du réseau.',
  facilitator:
    'Validez et publiez les besoins des acheteurs, suivez les marchés en cours, et tenez l’annuaire à jour.',
  partner: 'Cet espace est réservé à l’accès par API.',
  admin: 'Gérez l’annuaire, les organisations, les comptes et les clients partenaires.',
};

interface Shortcut {
  to: string;
  label: string;
  description: string;
}

const DIRECTORY: Shortcut = {
  to: paths.directory,
  label: 'Annuaire des structures',
  description: 'Chercher une structure par activité, lieu ou mot-clé, et exporter la liste.',
};
const MY_STRUCTURE: Shortcut = {
  to: paths.myStructure,
  label: 'Ma structure',
  description: 'Modifier la fiche, les activités et le catalogue de votre structure.',
};
const STRUCTURE_CREATE: Shortcut = {
  to: paths.structureCreate,
  label: 'Nouvelle structure',
  description: 'Créer la fiche d’une structure absente de l’annuaire.',
};
const STRUCTURE_IMPORT: Shortcut = {
  to: paths.structureImport,
  label: 'Import',
  description: 'Créer ou mettre à jour des structures à partir d’un fichier CSV.',
};
const MY_REQUESTS: Shortcut = {
  to: paths.requests,
  label: 'Mes besoins',
  description: 'Suivre vos besoins, les réponses des structures, et enregistrer l’issue.',
};
const NEW_REQUEST: Shortcut = {
  to: paths.newRequest,
  label: 'Nouveau besoin',
  description:
    'Décrire un besoin en quelques étapes : il sera proposé aux structures qui y répondent.',
};
const REQUEST_QUEUE: Shortcut = {
  to: paths.requestQueue,
  label: 'À valider',
  description: 'Relire les besoins envoyés par les acheteurs, les publier ou les renvoyer.',
};
const ONGOING_CONTRACTS: Shortcut = {
  to: paths.ongoingContracts,
  label: 'Marchés en cours',
  description: 'Les marchés dont le titulaire peut sous-traiter à des structures d’insertion.',
};
const SURVEY: Shortcut = {
  to: paths.barometer,
  label: 'Baromètre',
  description:
    'Répondre au questionnaire de la semaine en moins d’une minute : activité, salariés, besoins.',
};
const BAROMETER_DASHBOARD: Shortcut = {
  to: paths.barometerDashboard,
  label: 'Baromètre',
  description:
    'Les réponses des structures semaine par semaine, et celles qui n’ont pas encore répondu.',
};
const BAROMETER_FOLLOW_UPS: Shortcut = {
  to: paths.barometerFollowUps,
  label: 'Suivis des besoins',
  description: 'Les besoins déclarés dans le baromètre : fournitures, clients, financement.',
};
const MY_DIAGNOSTICS: Shortcut = {
  to: paths.myDiagnostics,
  label: 'Diagnostic financier',
  description:
    'Faire le point sur votre trésorerie et connaître les aides qui pourraient vous convenir.',
};
const DIAGNOSTIC_QUEUE: Shortcut = {
  to: paths.diagnosticQueue,
  label: 'Diagnostics financiers',
  description: 'Examiner les diagnostics des structures et les orienter vers les bonnes aides.',
};
const ONBOARDING: Shortcut[] = [
  {
    to: paths.organisationsToVerify,
    label: 'Organisations à vérifier',
    description:
      'Confirmer les organisations créées à l’inscription d’un acheteur, ou fusionner un doublon.',
  },
  {
    to: paths.structureClaims,
    label: 'Demandes de rattachement',
    description: 'Accepter ou refuser les personnes qui demandent à représenter une structure.',
  },
];
const ADMIN_FINANCING: Shortcut[] = [
  {
    to: paths.adminFinancingRules,
    label: 'Règles de financement',
    description: 'Les règles qui recommandent une aide à partir des chiffres d’un diagnostic.',
  },
  {
    to: paths.adminAccessLog,
    label: 'Journal des accès',
    description: 'Qui a consulté quel diagnostic financier, et quand.',
  },
];
const ADMINISTRATION: Shortcut[] = [
  {
    to: paths.adminOrganisations,
    label: 'Organisations',
    description: 'Créer et modifier les organisations.',
  },
  {
    to: paths.adminUsers,
    label: 'Utilisateurs',
    description: 'Inviter des personnes et gérer leurs accès.',
  },
  {
    to: paths.adminPartnerClients,
    label: 'Clients partenaires',
    description: 'Gérer les accès API des partenaires.',
  },
];

export const SHORTCUTS: Record<Role, Shortcut[]> = {
  buyer: [NEW_REQUEST, MY_REQUESTS, DIRECTORY],
  siae: [MY_STRUCTURE, SURVEY, DIRECTORY, MY_DIAGNOSTICS],
  facilitator: [
    REQUEST_QUEUE,
    ONGOING_CONTRACTS,
    BAROMETER_DASHBOARD,
    BAROMETER_FOLLOW_UPS,
    DIRECTORY,
    STRUCTURE_IMPORT,
    STRUCTURE_CREATE,
    DIAGNOSTIC_QUEUE,
    ...ONBOARDING,
  ],
  partner: [],
  admin: [DIRECTORY, STRUCTURE_IMPORT, STRUCTURE_CREATE, ...ADMINISTRATION, ...ADMIN_FINANCING],
};

export function HomeRoute() {
  const session = useSession();
  if (!session) return null;
  const { role, displayName, organisation } = session.user;

  return (
    <Stack gap="lg">
      <PageTitle title={SPACE_TITLES[role]} />
      <Title order={1}>{SPACE_TITLES[role]}</Title>
      <Text>
        Bonjour {displayName} ({organisation.name}). {SPACE_INTRODUCTIONS[role]}
      </Text>
      <SimpleGrid
        cols={{ base: 1, sm: 2, md: 3 }}
        component="ul"
        aria-label="Ce que vous pouvez faire"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {SHORTCUTS[role].map((shortcut) => (
          <Card key={shortcut.to} withBorder component="li">
            <Anchor component={Link} to={shortcut.to} fw={600}>
              {shortcut.label}
            </Anchor>
            <Text size="sm" mt="xs">
              {shortcut.description}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
