import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { PagedTable, wholeList, type Column } from '@/components/paged-table';
import type { Schema } from '@/lib/api/types';
import { downloadBlob, toCsv } from '@/lib/download';
import type { ImportReport } from '../api/get-structure-import';

type RejectedRow = Schema<'ImportRejectedRow'>;
type ImportWarning = Schema<'ImportWarning'>;

const REJECTED_COLUMNS: Column<RejectedRow>[] = [
  { header: 'Ligne', render: (row) => row.line },
  { header: 'SIRET', render: (row) => row.siret ?? '—' },
  { header: 'Motifs', render: (row) => row.reasons.join(' ; ') },
];

const WARNING_COLUMNS: Column<ImportWarning>[] = [
  { header: 'Ligne', render: (warning) => warning.line },
  { header: 'SIRET', render: (warning) => warning.siret ?? '—' },
  { header: 'Avertissement', render: (warning) => warning.message },
];

function downloadRejected(rows: RejectedRow[]) {
  downloadBlob(
    toCsv(
      ['ligne', 'siret', 'motifs'],
      rows.map((row) => [row.line, row.siret, row.reasons.join(' | ')]),
    ),
    'import-lignes-rejetees.csv',
  );
}

function downloadWarnings(warnings: ImportWarning[]) {
  downloadBlob(
    toCsv(
      ['ligne', 'siret', 'avertissement'],
      warnings.map((warning) => [warning.line, warning.siret, warning.message]),
    ),
    'import-avertissements.csv',
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

/** What an import did: counts, then the rejected lines and the warnings, each downloadable. */
export function ImportReportView({ report }: { report: ImportReport }) {
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }} aria-label="Bilan de l’import">
        <Count label="Créées" value={report.created} />
        <Count label="Mises à jour" value={report.updated} />
        <Count label="Inchangées" value={report.unchanged} />
        <Count label="Rejetées" value={report.rejected} />
      </SimpleGrid>

      <Stack gap="sm" component="section" aria-label="Lignes rejetées">
        <Group justify="space-between">
          <Title order={2} size="h3">
            Lignes rejetées
          </Title>
          {report.rejectedRows.length > 0 && (
            <Button variant="outline" onClick={() => downloadRejected(report.rejectedRows)}>
              Télécharger les lignes rejetées (CSV)
            </Button>
          )}
        </Group>
        <PagedTable
          caption="Lignes rejetées : rien n’en a été enregistré"
          columns={REJECTED_COLUMNS}
          rowKey={(row) => String(row.line)}
          data={wholeList(report.rejectedRows)}
          isPending={false}
          error={null}
          onRetry={() => undefined}
          emptyMessage="Aucune ligne rejetée."
          onPageChange={() => undefined}
        />
      </Stack>

      <Stack gap="sm" component="section" aria-label="Avertissements">
        <Group justify="space-between">
          <Title order={2} size="h3">
            Avertissements
          </Title>
          {report.warnings.length > 0 && (
            <Button variant="outline" onClick={() => downloadWarnings(report.warnings)}>
              Télécharger les avertissements (CSV)
            </Button>
          )}
        </Group>
        <PagedTable
          caption="Valeurs ignorées dans des lignes enregistrées"
          columns={WARNING_COLUMNS}
          rowKey={(warning) => `${warning.line}-${warning.message}`}
          data={wholeList(report.warnings)}
          isPending={false}
          error={null}
          onRetry={() => undefined}
          emptyMessage="Aucun avertissement."
          onPageChange={() => undefined}
        />
      </Stack>
    </Stack>
  );
}
