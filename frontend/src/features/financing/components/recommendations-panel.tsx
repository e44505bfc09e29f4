import { Paper, Stack, Text, Title } from '@mantine/core';
import { formatEuros } from '../utils/format';
import type { Schema } from '@/lib/api/types';
import { INSTRUMENT_LABELS } from '../utils/labels';

type RecommendationItem = Schema<'FinancingRecommendation'>;

interface RecommendationsPanelProps {
  recommendations: RecommendationItem[];
  /** False while the risk level is not known: the rules cannot all be read yet. */
  complete: boolean;
  title?: string;
}

/** "Montant indicatif : jusqu’à 22 500 €" */
export function describeAmount(amount: number | null | undefined): string {
  return amount === null || amount === undefined
    ? 'Pas de montant indicatif : à préciser avec l’animateur.'
    : `Montant indicatif : jusqu’à ${formatEuros(amount)}`;
}

/** The instruments the rules recommend, each with why (the rule and the values) and an amount. */
export function RecommendationsPanel({
  recommendations,
  complete,
  title = 'Aides recommandées',
}: RecommendationsPanelProps) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="diagnostic-recommandations">
      <Stack gap="md">
        <Title order={2} size="h3" id="diagnostic-recommandations">
          {title}
        </Title>
        {!complete && (
          <Text size="sm">
            Les recommandations seront complètes quand toutes les informations seront renseignées :
            complétez le formulaire puis enregistrez.
          </Text>
        )}
        {recommendations.length === 0 ? (
          complete && (
            <Text size="sm">
              Aucune aide n’est recommandée au vu de ces chiffres. Un animateur peut tout de même
              vous conseiller : envoyez le diagnostic.
            </Text>
          )
        ) : (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {recommendations.map((recommendation) => (
              <Paper
                key={recommendation.instrument}
                component="li"
                withBorder
                p="sm"
                radius="md"
                style={{ overflowWrap: 'anywhere' }}
              >
                <Stack gap={4}>
                  <Text fw={700}>{INSTRUMENT_LABELS[recommendation.instrument]}</Text>
                  <Text size="sm">
                    <Text span size="sm" c="dimmed">
                      Pourquoi :{' '}
                    </Text>
                    {recommendation.reason}
                  </Text>
                  <Text size="sm" fw={600}>
                    {describeAmount(recommendation.amount)}
                  </Text>
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
