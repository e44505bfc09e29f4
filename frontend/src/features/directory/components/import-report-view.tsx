import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { PagedTable, wholeList, type Column } from '@/components/paged-table';
import { errorMessage } from '@/lib/api/problem';
import type { Schema } from '@/lib/api/types';
import type { ImportReport } from '../api/get-structure-import';
import { useDownloadStructureImportRejectedRows } from '../api/get-structure-import-rejected-rows';
import { useDownloadStructureImportWarnings } from '../api/get-structure-import-warnings';

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

interface ListSectionProps<T> {
  title: string;
  caption: string;
  emptyMessage: string;
  columns: Column<T>[];
  rowKey: (item: T) => string;
  /** The first items, as the job lists them. */
  items: T[];
  /** How many there are in all (the file has them all). */
  total: number;
  /** "lignes rejetées", "avertissements": what the "… et N autres" line counts. */
  remainderLabel: string;
  downloadLabel: string;
  /** What the downloaded file holds, said under the title. */
  downloadHelp?: string;
  download: UseMutationResult<void, Error, string>;
  jobId: string;
}

/** The first rows of a list, how many more there are, and the whole list as a CSV file. */
function ListSection<T>({
  title,
  caption,
  emptyMessage,
  columns,
  rowKey,
  items,
  total,
  remainderLabel,
  downloadLabel,
  downloadHelp,
  download,
  jobId,
}: ListSectionProps<T>) {
  const remainder = total - items.length;
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {title} ({total})
        </Title>
        {total > 0 && (
          <Button
            variant="outline"
            loading={download.isPending}
            onClick={() => download.mutate(jobId)}
          >
            {downloadLabel}
          </Button>
        )}
      </Group>
      {total > 0 && downloadHelp && <Text size="sm">{downloadHelp}</Text>}
      {download.error && (
        <Alert color="red" variant="outline" role="alert">
          {errorMessage(download.error)}
        </Alert>
      )}
      <PagedTable
        caption={caption}
        columns={columns}
        rowKey={rowKey}
        data={wholeList(items)}
        isPending={false}
        error={null}
        onRetry={() => undefined}
        emptyMessage={emptyMessage}
        onPageChange={() => undefined}
        hideCount
      />
      {remainder > 0 && (
        <Text size="sm">
          … et {remainder} autres {remainderLabel} : téléchargez le fichier pour la liste complète.
        </Text>
      )}
    </Stack>
  );
}

/**
 * What an import did: counts, then the first rejected lines and warnings, each list whole
 * in a CSV file (the rejected lines as they were in the file, to fix and import again).
 */
export function ImportReportView({ jobId, report }: { jobId: string; report: ImportReport }) {
  const downloadRejected = useDownloadStructureImportRejectedRows();
  const downloadWarnings = useDownloadStructureImportWarnings();
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }} aria-label="Bilan de l’import">
        <Count label="Créées" value={report.created} />
        <Count label="Mises à jour" value={report.updated} />
        <Count label="Inchangées" value={report.unchanged} />
        <Count label="Rejetées" value={report.rejected} />
      </SimpleGrid>

      <ListSection
        title="Lignes rejetées"
        caption="Lignes rejetées : rien n’en a été enregistré"
        emptyMessage="Aucune ligne rejetée."
        columns={REJECTED_COLUMNS}
        rowKey={(row) => String(row.line)}
        items={report.rejectedRows}
        total={report.rejected}
        remainderLabel="lignes rejetées"
        downloadLabel="Télécharger les lignes rejetées (CSV)"
        downloadHelp="Le fichier reprend chaque ligne rejetée telle qu’elle était, précédée de son numéro et de ses motifs : corrigez-la, puis importez le fichier de nouveau (ces deux colonnes sont ignorées)."
        download={downloadRejected}
        jobId={jobId}
      />

      <ListSection
        title="Avertissements"
        caption="Valeurs ignorées dans des lignes enregistrées"
        emptyMessage="Aucun avertissement."
        columns={WARNING_COLUMNS}
        rowKey={(warning) => `${warning.line}-${warning.message}`}
        items={report.warnings}
        total={report.warningCount}
        remainderLabel="avertissements"
        downloadLabel="Télécharger les avertissements (CSV)"
        download={downloadWarnings}
        jobId={jobId}
      />
    </Stack>
  );
}
