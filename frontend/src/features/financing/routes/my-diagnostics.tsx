import { Alert, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { useDiagnostics } from '../api/get-diagnostics';
import { useMyStructures } from '../api/get-my-structures';
import { DiagnosticList } from '../components/diagnostic-list';
import { StartFailure, useStartDiagnostic } from '../components/start-diagnostic';
import { OPEN_STATUSES, STATUS_LABELS } from '../utils/labels';

/** « Commencer un diagnostic », for the structure chosen when the account has several. */
function StartPanel() {
  const structures = useMyStructures(true);
  const [chosen, setChosen] = useState<string | null>(null);
  const { start, pending, error, conflictFor } = useStartDiagnostic(paths.myDiagnostic);
  const own = structures.data ?? [];
  const several = own.length > 1;
  const structureId = several ? (chosen ?? undefined) : own[0]?.id;
  // One open diagnostic per structure: when there is one, the way on is to resume it.
  const open = useDiagnostics(
    { structureId, status: OPEN_STATUSES, size: 1, page: 0 },
    structureId !== undefined,
  );
  const current = structureId ? open.data?.items[0] : undefined;

  if (structures.isError) {
    return (
      <ErrorAlert
        error={structures.error}
        title="Impossible de charger vos structures"
        onRetry={() => void structures.refetch()}
      />
    );
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="nouveau-diagnostic">
      <Stack gap="sm">
        <Title order={2} size="h3" id="nouveau-diagnostic">
          Faire le point sur votre trésorerie
        </Title>
        <Text size="sm">
          En une dizaine de minutes : votre chiffre d’affaires, vos charges, votre trésorerie et les
          aides déjà obtenues. Vous voyez aussitôt vos chiffres, votre niveau de risque et les aides
          qui pourraient vous convenir ; un animateur vous oriente ensuite.
        </Text>
        {structures.isSuccess && own.length === 0 ? (
          <Alert variant="light" title="Aucune structure rattachée à votre compte">
            <Text size="sm">
              Demandez à l’animateur de votre réseau de rattacher votre structure à votre compte.
            </Text>
          </Alert>
        ) : (
          <Group align="flex-end" gap="sm" wrap="wrap">
            {several && (
              <Select
                label="Structure"
                placeholder="Choisir"
                allowDeselect={false}
                data={own.map((structure) => ({ value: structure.id, label: structure.name }))}
                value={chosen}
                onChange={setChosen}
                w={{ base: '100%', xs: 320 }}
              />
            )}
            {current ? (
              <Button component={Link} to={paths.myDiagnostic(current.id)}>
                Reprendre le diagnostic en cours
              </Button>
            ) : (
              <Button
                onClick={() => start(structureId)}
                loading={pending || (structureId !== undefined && open.isPending)}
                disabled={structures.isPending || (several && chosen === null)}
              >
                Commencer un diagnostic
              </Button>
            )}
          </Group>
        )}
        {current && (
          <Text size="sm" c="dimmed">
            Votre diagnostic en cours est à l’étape « {STATUS_LABELS[current.status]} » : une
            structure n’a qu’un diagnostic ouvert à la fois.
          </Text>
        )}
        <StartFailure error={error} conflictFor={conflictFor} pathOf={paths.myDiagnostic} />
      </Stack>
    </Paper>
  );
}

/** « Diagnostic financier » of a structure: its diagnostics, and a new one. */
export function MyDiagnosticsRoute() {
  return (
    <Stack gap="lg">
      <PageTitle title="Diagnostic financier" />
      <Stack gap={4}>
        <Title order={1}>Diagnostic financier</Title>
        <Text c="dimmed">
          Vos diagnostics, leurs chiffres et l’orientation proposée par l’animateur. Ils ne sont
          visibles que de votre structure, des animateurs et des administrateurs.
        </Text>
      </Stack>
      <StartPanel />
      <DiagnosticList
        caption="Vos diagnostics"
        withFilters={false}
        pathOf={paths.myDiagnostic}
        emptyMessage="Vous n’avez pas encore de diagnostic : commencez-en un ci-dessus."
      />
    </Stack>
  );
}
