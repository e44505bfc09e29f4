import { Stack, Text, Title } from '@mantine/core';
import { PageTitle } from '@/components/page-title';

/** « Répartition »: waits for the allocation-run API (next commit). */
export function AllocationRoute() {
  return (
    <Stack gap="lg">
      <PageTitle title="Répartition" />
      <Title order={1}>Répartition</Title>
      <Text>La répartition du stock entre les commandes en attente arrive bientôt.</Text>
    </Stack>
  );
}
