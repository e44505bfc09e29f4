import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { NEEDS, NEED_SHORT_LABELS, formatPct } from '../utils/labels';
import type { WeeklyPoint } from '../utils/indicator-series';
import { describeObstacles } from '../utils/obstacles';

const percent = (value: number) => `${value.toLocaleString('fr-FR')} %`;
const count = (value: number) => value.toLocaleString('fr-FR');
/** A count in words, or a dash when the week has none (suppressed or no answer). */
const countOrDash = (value: number | null | undefined) => (value != null ? count(value) : '—');

/** Colours whose shade 7 the theme keeps readable on white (3:1 at least for lines and bars). */
const NEED_COLORS = ['orange.7', 'relance.7', 'green.7', 'grape.7'];

interface ChartCardProps {
  id: string;
  title: string;
  /** The last week's figures in words: what a screen reader (or a glance) takes from the chart. */
  summary: string;
  children: ReactNode;
}

function ChartCard({ id, title, summary, children }: ChartCardProps) {
  return (
    <Card withBorder padding="sm" component="figure" m={0} aria-labelledby={id}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        <Text component="figcaption" size="sm">
          {summary}
        </Text>
        {children}
      </Stack>
    </Card>
  );
}

interface IndicatorChartsProps {
  points: WeeklyPoint[];
  /** Response rates exist for all kinds together only. */
  withResponseRate: boolean;
}

/**
 * The weekly indicators as charts (activity quartiles, revenue loss, short-time work, needs,
 * response rate, support continuity), each with its last week said in words. The same figures
 * are in the table view.
 */
export function IndicatorCharts({ points, withResponseRate }: IndicatorChartsProps) {
  const last = points.at(-1);
  const lastWeek = last ? `${last.label} : ` : '';
  const data = points.map((point) => ({
    ...point,
    ...Object.fromEntries(NEEDS.map((need) => [need, point.needs[need]])),
  }));
  const common = { h: 240, data, dataKey: 'label', tickLine: 'y' as const };

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <ChartCard
        id="graphique-activite"
        title="Niveau d’activité (% d’une semaine normale)"
        summary={`${lastWeek}médiane ${formatPct(last?.median)}, la moitié des structures entre ${formatPct(last?.q1)} et ${formatPct(last?.q3)}.`}
      >
        <LineChart
          {...common}
          yAxisProps={{ domain: [0, 100] }}
          valueFormatter={percent}
          withLegend
          series={[
            { name: 'q3', label: '3ᵉ quartile', color: 'green.7' },
            { name: 'median', label: 'Médiane', color: 'relance.7' },
            { name: 'q1', label: '1ᵉʳ quartile', color: 'orange.7' },
          ]}
        />
      </ChartCard>
      <ChartCard
        id="graphique-perte"
        title="Perte de chiffre d’affaires moyenne"
        summary={`${lastWeek}${formatPct(last?.meanRevenueLossPct)} en moyenne par rapport à la même période l’an dernier.`}
      >
        <LineChart
          {...common}
          valueFormatter={percent}
          series={[{ name: 'meanRevenueLossPct', label: 'Perte moyenne', color: 'red.7' }]}
        />
      </ChartCard>
      <ChartCard
        id="graphique-activite-partielle"
        title="Salariés en insertion en activité partielle"
        summary={`${lastWeek}${countOrDash(last?.insertionShortTime)} sur ${countOrDash(last?.insertionEmployees)} salariés en insertion.`}
      >
        <BarChart
          {...common}
          valueFormatter={count}
          series={[
            { name: 'insertionShortTime', label: 'En activité partielle', color: 'grape.7' },
          ]}
        />
      </ChartCard>
      <ChartCard
        id="graphique-besoins"
        title="Part des structures qui déclarent un besoin"
        summary={`${lastWeek}${NEEDS.map((need) => `${NEED_SHORT_LABELS[need].toLowerCase()} ${formatPct(last?.needs[need])}`).join(', ')}.`}
      >
        <LineChart
          {...common}
          valueFormatter={percent}
          withLegend
          series={NEEDS.map((need, index) => ({
            name: need,
            label: NEED_SHORT_LABELS[need],
            color: NEED_COLORS[index] ?? 'gray.7',
          }))}
        />
      </ChartCard>
      {withResponseRate && (
        <ChartCard
          id="graphique-reponses"
          title="Taux de réponse"
          summary={`${lastWeek}${formatPct(last?.responseRatePct)} (${last?.structures ?? '—'} structures sur ${last?.activeStructures ?? '—'} actives).`}
        >
          <BarChart
            {...common}
            valueFormatter={percent}
            series={[{ name: 'responseRatePct', label: 'Taux de réponse', color: 'relance.7' }]}
          />
        </ChartCard>
      )}
      <ChartCard
        id="graphique-accompagnement"
        title="Personnes suivies, par mode"
        summary={`${lastWeek}${countOrDash(last?.peopleFollowed)} personnes suivies : ${countOrDash(last?.followedInPerson)} en présentiel, ${countOrDash(last?.followedByPhone)} par téléphone, ${countOrDash(last?.followedByVideo)} en visio. Obstacles : ${last ? describeObstacles(last) : '—'}.`}
      >
        <BarChart
          {...common}
          type="stacked"
          valueFormatter={count}
          withLegend
          series={[
            { name: 'followedInPerson', label: 'Présentiel', color: 'relance.7' },
            { name: 'followedByPhone', label: 'Téléphone', color: 'orange.7' },
            { name: 'followedByVideo', label: 'Visio', color: 'green.7' },
          ]}
        />
      </ChartCard>
    </SimpleGrid>
  );
}
