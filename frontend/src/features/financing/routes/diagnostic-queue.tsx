import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { DiagnosticList } from '../components/diagnostic-list';
import { useFinancingTools } from '../components/financing-tools';
import { StartFailure, useStartDiagnostic } from '../components/start-diagnostic';

/** A facilitator opens a diagnostic for any structure, e.g. during a phone call. */
function OpenForStructureDialog({ onClose }: { onClose: () => void }) {
  const { StructurePicker } = useFinancingTools();
  const { start, pending, error, conflictFor } = useStartDiagnostic(paths.diagnostic);
  return (
    <Modal
      opened
      onClose={onClose}
      title="Ouvrir un diagnostic pour une structure"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Fermer' }}
    >
      <Stack gap="md">
        <Text size="sm">
          Le diagnostic est pré-rempli depuis la fiche de la structure et sa dernière réponse au
          baromètre ; vous le complétez avec elle puis l’envoyez à sa place.
        </Text>
        <StructurePicker
          label="Structure"
          description="Cherchez-la par son nom, son SIRET ou sa commune."
          disabled={pending}
          onPick={(structure) => start(structure.id)}
        />
        {pending && <Text size="sm">Ouverture du diagnostic…</Text>}
        <StartFailure error={error} conflictFor={conflictFor} pathOf={paths.diagnostic} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Annuler
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The facilitators' queue of diagnostics: filters by status, risk, department and assignee. */
export function DiagnosticQueueRoute() {
  const facilitator = useSession()?.user.role === 'facilitator';
  const [opening, setOpening] = useState(false);
  return (
    <Stack gap="lg">
      <PageTitle title="Diagnostics financiers" />
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4} maw={720}>
          <Title order={1}>Diagnostics financiers</Title>
          <Text c="dimmed">
            Les diagnostics envoyés par les structures : prenez-en un en charge, orientez la
            structure vers les aides qui conviennent, fixez le prochain point.
          </Text>
        </Stack>
        {facilitator && (
          <Button onClick={() => setOpening(true)}>Ouvrir un diagnostic pour une structure</Button>
        )}
      </Group>
      <DiagnosticList
        caption="Diagnostics des structures"
        withFilters
        pathOf={paths.diagnostic}
        emptyMessage="Aucun diagnostic pour l’instant. Ceux que les structures ouvrent, ou que vous ouvrez pour elles, apparaîtront ici."
        emptyAction={
          facilitator && (
            <Button variant="outline" onClick={() => setOpening(true)}>
              Ouvrir un diagnostic pour une structure
            </Button>
          )
        }
      />
      {opening && <OpenForStructureDialog onClose={() => setOpening(false)} />}
    </Stack>
  );
}
