import { Stack, Text, Title } from '@mantine/core';
import { PageTitle } from '@/components/page-title';
import { RequestList } from '../components/request-list';

/** The facilitator's queue: requests sent for validation. */
export function RequestQueueRoute() {
  return (
    <Stack gap="lg">
      <PageTitle title="À valider" />
      <Stack gap={4}>
        <Title order={1}>À valider</Title>
        <Text c="dimmed">
          Les besoins envoyés par les acheteurs, les plus anciens d’abord : publiez-les, ou
          renvoyez-les avec un motif.
        </Text>
      </Stack>
      <RequestList
        caption="Besoins à valider"
        facilitator
        fixedStatus="SUBMITTED"
        defaultSort="oldest"
        emptyMessage="Aucun besoin à valider pour l’instant. Les besoins envoyés par les acheteurs arriveront ici."
      />
    </Stack>
  );
}
