import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ActiveSwitch } from '@/components/active-switch';
import { ErrorAlert } from '@/components/error-alert';
import { PageTitle } from '@/components/page-title';
import { etagOf } from '@/lib/api/etag';
import { errorMessage } from '@/lib/api/problem';
import { useFinancingRules, type FinancingRuleView } from '../api/get-financing-rules';
import { useKindLabel } from '../api/references';
import { useSaveFinancingRule } from '../api/save-financing-rule';
import { RuleFormModal } from '../components/rule-form-modal';
import { INSTRUMENT_LABELS } from '../utils/labels';
import { describeAmountFormula, describeCondition } from '../utils/rules';

type Editing = { rule: FinancingRuleView | null } | null;

function RuleCard({
  rule,
  onEdit,
  onToggle,
  pending,
}: {
  rule: FinancingRuleView;
  onEdit: () => void;
  onToggle: (active: boolean) => void;
  pending: boolean;
}) {
  const kindLabel = useKindLabel();
  return (
    <Paper component="li" withBorder p="md" radius="md" style={{ overflowWrap: 'anywhere' }}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} miw={0} style={{ flex: '1 1 260px' }}>
            <Text fw={700}>{INSTRUMENT_LABELS[rule.instrument]}</Text>
            <Text size="sm">{rule.label}</Text>
          </Stack>
          <Group gap="sm">
            {!rule.active && (
              <Badge color="gray" variant="outline" tt="none" c="var(--mantine-color-text)">
                Hors vigueur
              </Badge>
            )}
            <ActiveSwitch
              active={rule.active}
              label={`Règle en vigueur : ${rule.label}`}
              pending={pending}
              onToggle={onToggle}
            />
          </Group>
        </Group>
        <Text size="sm">
          <Text span size="sm" c="dimmed">
            Quand :{' '}
          </Text>
          {describeCondition(rule.condition, kindLabel)}
        </Text>
        <Text size="sm">
          <Text span size="sm" c="dimmed">
            Montant indicatif :{' '}
          </Text>
          {describeAmountFormula(rule.amount)}
        </Text>
        <Group justify="space-between" gap="sm">
          <Text size="xs" c="dimmed">
            Code {rule.code}
          </Text>
          <Button
            size="xs"
            variant="outline"
            onClick={onEdit}
            aria-label={`Modifier la règle « ${rule.label} »`}
          >
            Modifier
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * « Règles de financement »: the rules that turn a diagnostic's figures into recommendations,
 * in the order they apply; an admin changes a rule's condition and amount (JSON checked by the
 * server, each problem at its field) and puts rules in or out of force.
 */
export function FinancingRulesRoute() {
  const rules = useFinancingRules();
  const save = useSaveFinancingRule();
  const [editing, setEditing] = useState<Editing>(null);
  const [toggling, setToggling] = useState<string | null>(null);

  const toggle = (rule: FinancingRuleView, active: boolean) => {
    setToggling(rule.id);
    save.mutate(
      {
        saved: { id: rule.id, ifMatch: etagOf(rule) },
        body: {
          code: rule.code,
          label: rule.label,
          instrument: rule.instrument,
          condition: rule.condition,
          amount: rule.amount,
          active,
          position: rule.position,
        },
      },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: active
              ? `Règle « ${rule.label} » remise en vigueur.`
              : `Règle « ${rule.label} » mise hors vigueur : elle ne recommande plus rien.`,
          }),
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
        onSettled: () => setToggling(null),
      },
    );
  };

  let body;
  if (rules.isError) {
    body = (
      <ErrorAlert
        error={rules.error}
        title="Impossible de charger les règles"
        onRetry={() => void rules.refetch()}
        advice="Si le problème continue, rechargez la page un peu plus tard."
      />
    );
  } else if (rules.isPending) {
    body = (
      <Stack gap="xs" role="status" aria-label="Chargement des règles">
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} height={96} />
        ))}
      </Stack>
    );
  } else if (rules.data.length === 0) {
    body = (
      <Stack gap="sm" align="flex-start">
        <Text role="status">
          Aucune règle : les diagnostics ne recommandent aucune aide. Ajoutez-en une.
        </Text>
        <Button variant="outline" onClick={() => setEditing({ rule: null })}>
          Ajouter une règle
        </Button>
      </Stack>
    );
  } else {
    body = (
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Règles">
        {rules.data.map((rule) => (
          <RuleCard
            key={rule.id}
            rule={rule}
            pending={toggling === rule.id}
            onEdit={() => setEditing({ rule })}
            onToggle={(active) => toggle(rule, active)}
          />
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <PageTitle title="Règles de financement" />
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4} maw={720}>
          <Title order={1}>Règles de financement</Title>
          <Text c="dimmed">
            Chaque règle recommande une aide quand sa condition est remplie, avec un montant
            indicatif. Elles s’appliquent dans cet ordre à chaque calcul d’un diagnostic.
          </Text>
        </Stack>
        <Button onClick={() => setEditing({ rule: null })}>Nouvelle règle</Button>
      </Group>
      {body}
      {editing && <RuleFormModal rule={editing.rule} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
