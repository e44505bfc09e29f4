import { Anchor, Card, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { AuthLayout } from '../components/auth-layout';
import { AlreadyRegistered } from '../components/sign-up-fields';
import { paths } from '@/config/paths';

const CHOICES = [
  {
    to: paths.signUpBuyer,
    label: 'Je suis acheteur',
    description:
      'Collectivité, administration ou entreprise : trouvez des structures d’insertion, voyez leurs coordonnées et confiez-leur vos besoins.',
  },
  {
    to: paths.signUpStructure,
    label: 'Je représente une structure',
    description:
      'Structure d’insertion par l’activité économique (SIAE) : rattachez-vous à la fiche de votre structure avec son SIRET pour la tenir à jour et répondre aux besoins.',
  },
];

/** « Créer un compte »: the two kinds of accounts one can open alone. */
export function SignUpChoiceRoute() {
  return (
    <AuthLayout title="Créer un compte">
      <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {CHOICES.map((choice) => (
          <Card key={choice.to} withBorder component="li">
            <Anchor component={Link} to={choice.to} fw={600} size="lg">
              {choice.label}
            </Anchor>
            <Text size="sm" mt="xs">
              {choice.description}
            </Text>
          </Card>
        ))}
      </Stack>
      <AlreadyRegistered />
    </AuthLayout>
  );
}
