import { Anchor, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { PagedTable, type Column } from '@/components/paged-table';
import { paths } from '@/config/paths';
import { useCellSurveys, type ActivityCellSurvey, type CellParams } from '../api/indicators';
import { ENTERED_VIA_LABELS, formatPct } from '../utils/labels';
import { NeedBadge } from './need-badge';

const PAGE_SIZE = 20;

interface CellSurveysModalProps {
  /** The cell opened (its week, department and kind), or null when closed. */
  cell: Omit<CellParams, 'page' | 'size'> | null;
  title: string;
  onClose: () => void;
}

/** The structures behind a cell of the indicators, with their answers: the drill-down. */
export function CellSurveysModal({ cell, title, onClose }: CellSurveysModalProps) {
  const [page, setPage] = useState(0);
  const surveys = useCellSurveys(cell ? { ...cell, page, size: PAGE_SIZE } : null);

  const columns: Column<ActivityCellSurvey>[] = [
    {
      header: 'Structure',
      render: (survey) => (
        <Anchor component={Link} to={paths.structure(survey.structureId)} fw={600}>
          {survey.structureName}
        </Anchor>
      ),
    },
    { header: 'Type', render: (survey) => `${survey.kind} · ${survey.department ?? '—'}` },
    {
      header: 'Activité',
      render: (survey) =>
        `${formatPct(survey.activityLevelPct)}, perte de CA ${formatPct(survey.revenueLossPct)}`,
    },
    {
      header: 'Salariés',
      render: (survey) =>
        `${survey.insertionEmployees} dont ${survey.insertionShortTime} en activité partielle`,
    },
    {
      header: 'Besoins',
      render: (survey) =>
        survey.needs.length === 0 ? (
          'Aucun'
        ) : (
          <Group gap={4}>
            {survey.needs.map((need) => (
              <NeedBadge key={need} need={need} />
            ))}
          </Group>
        ),
    },
    {
      header: 'Saisie',
      render: (survey) => <Text size="sm">{ENTERED_VIA_LABELS[survey.enteredVia]}</Text>,
    },
  ];

  return (
    <Modal
      opened={cell !== null}
      onClose={() => {
        setPage(0);
        onClose();
      }}
      title={title}
      size="xl"
      closeButtonProps={{ 'aria-label': 'Fermer la liste' }}
    >
      <Stack gap="sm">
        <PagedTable
          caption={title}
          columns={columns}
          rowKey={(survey) => survey.surveyId}
          data={surveys.data}
          isPending={surveys.isPending}
          error={surveys.error}
          onRetry={() => void surveys.refetch()}
          errorAdvice="Si le problème continue, fermez cette fenêtre et rouvrez-la dans un moment."
          emptyMessage="Aucune structure n’a répondu dans cette case."
          onPageChange={setPage}
        />
      </Stack>
    </Modal>
  );
}
