import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FIGURES, type DiagnosticFigureValues } from '../utils/figures';
import type { DiagnosticInputValues } from '../utils/inputs';
import { RISK_LEVELS, RISK_RULES, riskLabel, type RiskLevel } from '../utils/labels';
import { RiskBadge } from './status-badge';

interface FiguresPanelProps {
  inputs: DiagnosticInputValues;
  figures: DiagnosticFigureValues | null | undefined;
  /** Beside the form on a wide screen: one figure a line. */
  narrow?: boolean;
  /** The structure reads « Vos chiffres »; facilitators and admins, the structure's. */
  ownView?: boolean;
}

/**
 * The computed figures, each with its formula in words and with the values used
 * (« 200 000 € × (1 − 35 %) »), as the server computed them from the inputs last saved.
 */
export function FiguresPanel({
  inputs,
  figures,
  narrow = false,
  ownView = true,
}: FiguresPanelProps) {
  const values = figures ?? {};
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="diagnostic-chiffres">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="diagnostic-chiffres">
            {ownView ? 'Vos chiffres' : 'Chiffres de la structure'}
          </Title>
          <Text size="sm" c="dimmed">
            Calculés à partir des informations enregistrées ; ils sont mis à jour à chaque
            enregistrement.
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: narrow ? 1 : 3 }} component="dl" m={0} spacing="md">
          {FIGURES.map((figure) => {
            const shown = figure.shown(values);
            const withValues = shown === null ? null : figure.withValues(inputs, values);
            return (
              // The card is the <div> that groups its <dt> and <dd> (as a <dl> allows).
              <Paper
                key={figure.name}
                withBorder
                p="sm"
                radius="md"
                style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              >
                <Text component="dt" fw={600}>
                  {figure.label}
                </Text>
                <Stack component="dd" m={0} gap={4} style={{ overflowWrap: 'anywhere' }}>
                  <Text size="xl" fw={700}>
                    {shown ?? 'À calculer'}
                  </Text>
                  <Text size="sm">
                    <Text span c="dimmed" size="sm">
                      Calcul :{' '}
                    </Text>
                    {figure.formula}
                  </Text>
                  {withValues !== null ? (
                    <Text size="sm" c="dimmed">
                      soit {withValues}
                    </Text>
                  ) : (
                    shown === null && (
                      <Text size="sm" c="dimmed">
                        {figure.missing}
                      </Text>
                    )
                  )}
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>
        <RiskLevelPanel level={values.riskLevel ?? null} />
      </Stack>
    </Paper>
  );
}

/** The level in words, and the scale it was read on (the current level marked in words). */
export function RiskLevelPanel({ level }: { level: RiskLevel | null }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="diagnostic-risque">
      <Group gap="sm" align="center">
        <Title order={3} size="h4" id="diagnostic-risque">
          Niveau de risque
        </Title>
        <RiskBadge level={level} />
      </Group>
      {level === null ? (
        <Text size="sm">
          Le niveau de risque sera calculé quand la trésorerie nette et le résultat mensuel seront
          connus : complétez les sections 1 et 2 puis enregistrez.
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {RISK_LEVELS.map((candidate) => (
            <List.Item key={candidate}>
              <Text span size="sm" fw={candidate === level ? 700 : undefined}>
                {riskLabel(candidate)} : {RISK_RULES[candidate]}
              </Text>
              {candidate === level && (
                <Badge ml="xs" size="sm" variant="outline" tt="none" c="var(--mantine-color-text)">
                  votre situation
                </Badge>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
