import { Alert, Button, FileInput, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { useInvalidFieldFocus } from '@/hooks/use-invalid-field-focus';
import { ProblemMessage } from '@/components/problem-message';
import { errorMessage } from '@/lib/api/problem';
import { useDownloadStructureImportTemplate } from '../api/download-structure-import-template';
import { isImportRunning, useStructureImport } from '../api/get-structure-import';
import { useStartStructureImport } from '../api/start-structure-import';
import { ImportFormatHelp } from '../components/import-format-help';
import { ImportReportView } from '../components/import-report-view';

const FILE_HELP =
  'CSV séparé par « ; » ou « , », en UTF-8 ou Windows-1252. Colonnes obligatoires : SIRET, ' +
  'Nom, Type de structure ; les autres sont décrites dans l’aide ci-dessous.';

function ImportJob({ jobId, onRestart }: { jobId: string; onRestart: () => void }) {
  const job = useStructureImport(jobId);

  if (job.error) {
    return (
      <ErrorAlert
        error={job.error}
        title="Impossible de suivre l’import"
        onRetry={() => void job.refetch()}
      />
    );
  }
  const data = job.data;
  const running = data === undefined || isImportRunning(data);
  const percent =
    data && data.totalRows > 0 ? Math.round((100 * data.processedRows) / data.totalRows) : 0;

  return (
    <Stack gap="lg">
      {running ? (
        <Paper withBorder p="lg">
          <Stack gap="sm">
            <Text id="progression-import" role="status">
              {data === undefined || data.status === 'QUEUED' || data.totalRows === 0
                ? 'Import en attente de traitement…'
                : `Import en cours : ${data.processedRows} ligne${data.processedRows > 1 ? 's' : ''} traitée${data.processedRows > 1 ? 's' : ''} sur ${data.totalRows}`}
            </Text>
            <Progress value={percent} animated size="lg" aria-labelledby="progression-import" />
          </Stack>
        </Paper>
      ) : data.status === 'FAILED' ? (
        <Alert color="red" variant="outline" role="alert" title="L’import a échoué">
          {data.error ?? 'Le fichier n’a pas pu être traité. Aucune ligne n’a été enregistrée.'}
        </Alert>
      ) : (
        <>
          <Alert color="green" variant="outline" role="status" title="Import terminé">
            {data.totalRows} ligne{data.totalRows > 1 ? 's' : ''} lue{data.totalRows > 1 ? 's' : ''}
            .
          </Alert>
          {data.report && <ImportReportView jobId={jobId} report={data.report} />}
        </>
      )}
      {!running && (
        <Group>
          <Button variant="default" onClick={onRestart}>
            Importer un autre fichier
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** Facilitators and admins load structures from a CSV file (upserted by SIRET). */
export function StructureImportRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const jobId = searchParams.get('job');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const start = useStartStructureImport();
  const template = useDownloadStructureImportTemplate();
  const { trackForm, focusFirstInvalid } = useInvalidFieldFocus();

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    trackForm(event);
    if (!file) {
      setFileError('Choisissez un fichier CSV.');
      focusFirstInvalid();
      return;
    }
    setFileError(null);
    start.mutate(file, {
      onSuccess: (job) => setSearchParams({ job: job.id }),
    });
  };

  return (
    <Stack gap="lg">
      <PageHeader title="Import de structures" />
      {jobId ? (
        <ImportJob
          key={jobId}
          jobId={jobId}
          onRestart={() => {
            setFile(null);
            start.reset();
            setSearchParams({});
          }}
        />
      ) : (
        <Stack gap="lg" maw={720}>
          <Paper withBorder p="lg">
            <form onSubmit={submit} noValidate aria-label="Importer un fichier">
              <Stack gap="md">
                <Text size="sm">
                  Chaque ligne crée la structure de ce SIRET ou met à jour celle qui existe. Les
                  en-têtes en français de l’export « lisible » sont acceptés, comme les codes du
                  format d’import.
                </Text>
                <Group gap="sm">
                  <Button
                    variant="light"
                    loading={template.isPending}
                    onClick={() => template.mutate()}
                  >
                    Télécharger le modèle (CSV)
                  </Button>
                </Group>
                {template.error !== null && (
                  <Alert color="red" variant="outline" role="alert">
                    {errorMessage(template.error)}
                  </Alert>
                )}
                {start.error !== null && (
                  <Alert color="red" variant="outline" role="alert" title="Import impossible">
                    <ProblemMessage error={start.error} />
                  </Alert>
                )}
                <FileInput
                  label="Fichier CSV"
                  description={FILE_HELP}
                  accept=".csv,text/csv"
                  required
                  clearable
                  clearButtonProps={{ 'aria-label': 'Retirer le fichier' }}
                  value={file}
                  onChange={(chosen) => {
                    setFile(chosen);
                    setFileError(null);
                  }}
                  error={fileError}
                />
                <Group justify="flex-end">
                  <Button type="submit" loading={start.isPending}>
                    Importer
                  </Button>
                </Group>
              </Stack>
            </form>
          </Paper>
          <ImportFormatHelp />
        </Stack>
      )}
    </Stack>
  );
}
