import { Card, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '@/components/error-alert';
import { PageTitle } from '@/components/page-title';
import { ORGANISATION_KIND_LABELS, ROLE_LABELS } from '@/lib/labels';
import { useMe } from '../api/get-me';
import { ChangePasswordForm } from '../components/change-password-form';

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0}>
        {value}
      </Text>
    </div>
  );
}

export function MyAccountRoute() {
  const me = useMe();

  return (
    <Stack gap="xl">
      <PageTitle title="Mon compte" />
      <Title order={1}>Mon compte</Title>
      <Card withBorder component="section" aria-labelledby="profil-titre">
        <Title order={2} size="h3" id="profil-titre" mb="md">
          Profil
        </Title>
        {me.isError ? (
          <ErrorAlert
            error={me.error}
            title="Impossible de charger votre profil"
            onRetry={() => void me.refetch()}
          />
        ) : me.isPending ? (
          <Skeleton height={96} role="status" aria-label="Chargement du profil" />
        ) : (
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0}>
            <Field label="Nom" value={me.data.displayName} />
            <Field label="Adresse e-mail" value={me.data.email} />
            <Field label="Rôle" value={ROLE_LABELS[me.data.role]} />
            <Field
              label="Organisation"
              value={`${me.data.organisation.name} (${ORGANISATION_KIND_LABELS[me.data.organisation.kind]})`}
            />
          </SimpleGrid>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="mot-de-passe-titre">
        <Title order={2} size="h3" id="mot-de-passe-titre" mb="md">
          Changer de mot de passe
        </Title>
        <ChangePasswordForm />
      </Card>
    </Stack>
  );
}
