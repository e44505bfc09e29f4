import { Badge, Card, Group, Modal, Skeleton, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '@/components/error-alert';
import { formatDateTime } from '@/lib/format';
import { useSurveyHistory, type ActivitySurveyView } from '../api/surveys';
import { ENTERED_VIA_LABELS } from '../utils/labels';
import { weekLabel } from '../utils/iso-week';
import { SurveySummary } from './survey-summary';

interface SurveyHistoryModalProps {
  survey: ActivitySurveyView | null;
  onClose: () => void;
}

/** Every answer given for a structure's week, the one in force first, with who entered it. */
export function SurveyHistoryModal({ survey, onClose }: SurveyHistoryModalProps) {
  const history = useSurveyHistory(survey?.id ?? null);
  const title = survey ? `Historique de la ${weekLabel(survey.week)}` : 'Historique';
  return (
    <Modal
      opened={survey !== null}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Fermer l’historique' }}
    >
      {history.error ? (
        <ErrorAlert
          error={history.error}
          title="Impossible de charger l’historique"
          onRetry={() => void history.refetch()}
          advice="Si le problème continue, fermez cette fenêtre et rouvrez-la dans un moment."
        />
      ) : history.isPending ? (
        <Stack gap="xs" role="status" aria-label="Chargement de l’historique">
          <Skeleton height={80} />
          <Skeleton height={80} />
        </Stack>
      ) : (
        <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {history.data.map((version, index) => (
            <Card key={version.version} component="li" withBorder padding="sm">
              <Stack gap="xs">
                <Group justify="space-between" gap="xs">
                  <Text fw={600} size="sm">
                    Réponse {version.version} · {formatDateTime(version.enteredAt)}
                  </Text>
                  {index === 0 && (
                    <Badge variant="light" color="green" tt="none" c="var(--mantine-color-text)">
                      En vigueur
                    </Badge>
                  )}
                </Group>
                <Text size="sm" c="dimmed">
                  {ENTERED_VIA_LABELS[version.enteredVia]}
                  {version.enteredByName ? ` — ${version.enteredByName}` : ''}
                </Text>
                <SurveySummary answers={version.answers} />
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </Modal>
  );
}
