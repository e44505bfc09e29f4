import { Select, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { FormModal } from '@/components/form-modal';
import { StaleNotice } from '@/components/stale-notice';
import { useSubmitWithFocus } from '@/hooks/use-invalid-field-focus';
import { etagOf } from '@/lib/api/etag';
import { ApiError, errorMessage, isStaleWrite } from '@/lib/api/problem';
import { toOptions } from '@/lib/labels';
import { requiredRule } from '@/lib/validation';
import type { FinancingRuleView } from '../api/get-financing-rules';
import { useSaveFinancingRule } from '../api/save-financing-rule';
import { INSTRUMENT_LABELS, type Instrument } from '../utils/labels';
import { amountOf, conditionOf, jsonText } from '../utils/rules';

interface RuleValues {
  code: string;
  label: string;
  instrument: Instrument | null;
  condition: string;
  amount: string;
  active: boolean;
}

type RuleField = keyof RuleValues;
const FIELDS: RuleField[] = ['code', 'label', 'instrument', 'condition', 'amount', 'active'];

const CONDITION_HELP =
  'En JSON : {"all": [...]} (toutes), {"any": [...]} (au moins une), {"field": "revenueLossPct", "op": ">=", "value": 30}, {"field": "kind", "in": ["ACI", "EI"]}.';
const AMOUNT_HELP =
  'En JSON : un nombre (22500), {"field": "lastYearRevenue"}, ou {"mul": [..., ...]}, add, sub, div, min, max. Vide : pas de montant indicatif.';

/**
 * The server names a problem by its JSON path (`condition.all[1].op`): each goes to the field
 * it starts with, the path inside the JSON kept in the message so the admin finds the place.
 */
export function ruleFieldErrors(error: unknown): {
  placed: Partial<Record<RuleField, string>>;
  unplaced: boolean;
} {
  const placed: Partial<Record<RuleField, string>> = {};
  let unplaced = false;
  if (!(error instanceof ApiError)) return { placed, unplaced: true };
  for (const { field, message } of error.problem?.errors ?? []) {
    const root = FIELDS.find(
      (name) => field === name || field.startsWith(`${name}.`) || field.startsWith(`${name}[`),
    );
    if (!root) {
      unplaced = true;
      continue;
    }
    const inside = field.slice(root.length).replace(/^\./, '');
    const text = inside ? `À ${inside} : ${message}` : message;
    placed[root] = placed[root] ? `${placed[root]} ${text}` : text;
  }
  return { placed, unplaced };
}

interface RuleFormModalProps {
  /** The rule edited; null for a new one. */
  rule: FinancingRuleView | null;
  onClose: () => void;
}

/** Creates or changes a rule: its condition and amount in the rules' JSON, checked by the server. */
export function RuleFormModal({ rule, onClose }: RuleFormModalProps) {
  const save = useSaveFinancingRule();
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const form = useForm<RuleValues>({
    initialValues: {
      code: rule?.code ?? '',
      label: rule?.label ?? '',
      instrument: rule?.instrument ?? null,
      condition: jsonText(rule?.condition),
      amount: jsonText(rule?.amount),
      active: rule?.active ?? true,
    },
    validate: {
      code: requiredRule('Saisissez le code de la règle, par exemple DLA_PERTE_FORTE.'),
      label: requiredRule('Saisissez le libellé, début de la raison montrée aux structures.'),
      instrument: requiredRule('Choisissez l’aide que la règle recommande.'),
      condition: (value) => {
        const parsed = conditionOf(value);
        return parsed.ok ? null : parsed.message;
      },
      amount: (value) => {
        const parsed = amountOf(value);
        return parsed.ok ? null : parsed.message;
      },
    },
  });
  const { onSubmit, focusFirstInvalid, invalid } = useSubmitWithFocus(form);

  const submit = onSubmit((values: RuleValues) => {
    const condition = conditionOf(values.condition);
    const amount = amountOf(values.amount);
    if (!condition.ok || !amount.ok || values.instrument === null) return;
    setFormError(null);
    setStale(false);
    const body = {
      code: values.code.trim(),
      label: values.label.trim(),
      instrument: values.instrument,
      condition: condition.value,
      ...(amount.value === undefined ? {} : { amount: amount.value }),
      active: values.active,
      ...(rule ? { position: rule.position } : {}),
    };
    save.mutate(
      { saved: rule ? { id: rule.id, ifMatch: etagOf(rule) } : null, body },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: rule
              ? `Règle « ${body.label} » enregistrée : les diagnostics en brouillon en tiennent compte.`
              : `Règle « ${body.label} » ajoutée.`,
          });
          onClose();
        },
        onError: (error) => {
          if (isStaleWrite(error)) {
            setStale(true);
            return;
          }
          const { placed, unplaced } = ruleFieldErrors(error);
          form.setErrors(placed);
          if (Object.keys(placed).length > 0) focusFirstInvalid();
          if (unplaced || Object.keys(placed).length === 0) setFormError(errorMessage(error));
        },
      },
    );
  });

  return (
    <FormModal
      opened
      title={rule ? 'Modifier la règle' : 'Nouvelle règle'}
      submitLabel={rule ? 'Enregistrer la règle' : 'Ajouter la règle'}
      submitting={save.isPending}
      formError={formError}
      invalidFields={invalid.filter((field) => field.target.isConnected)}
      notice={stale && <StaleNotice onReload={onClose} />}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextInput
        label="Code"
        description="Majuscules, chiffres et _ ; unique. Il n’est montré qu’aux administrateurs."
        required
        {...form.getInputProps('code')}
      />
      <TextInput
        label="Libellé"
        description="Le début de la raison montrée à la structure (200 caractères au plus)."
        required
        maxLength={200}
        {...form.getInputProps('label')}
      />
      <Select
        label="Aide recommandée"
        required
        allowDeselect={false}
        data={toOptions(INSTRUMENT_LABELS)}
        {...form.getInputProps('instrument')}
      />
      <Textarea
        label="Condition"
        description={CONDITION_HELP}
        required
        autosize
        minRows={6}
        maxRows={20}
        spellCheck={false}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        {...form.getInputProps('condition')}
      />
      <Textarea
        label="Montant indicatif"
        description={AMOUNT_HELP}
        autosize
        minRows={2}
        maxRows={10}
        spellCheck={false}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        {...form.getInputProps('amount')}
      />
      <Switch label="Règle en vigueur" {...form.getInputProps('active', { type: 'checkbox' })} />
      <Text size="sm" c="dimmed">
        Les champs utilisables : les informations du diagnostic (lastYearRevenue, revenueLossPct…),
        les chiffres calculés (expectedRevenue, runwayMonths, riskLevel…), kind et totalHeadcount.
      </Text>
    </FormModal>
  );
}
