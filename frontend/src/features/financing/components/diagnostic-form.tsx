import { Alert, Anchor, Button, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { Fragment, useRef, useState, type SyntheticEvent } from 'react';
import { FormErrorSummary } from '@/components/form-error-summary';
import { NumberField } from '@/components/number-field';
import { ProblemMessage } from '@/components/problem-message';
import { StaleNotice } from '@/components/stale-notice';
import { useInvalidFieldFocus } from '@/hooks/use-invalid-field-focus';
import { formErrors, isStaleWrite } from '@/lib/api/problem';
import { focusField } from '@/lib/focus-first-invalid';
import type { DiagnosticView } from '../api/get-diagnostic';
import { useSaveDiagnostic } from '../api/save-diagnostic';
import { useSubmitDiagnostic } from '../api/submit-diagnostic';
import {
  INPUT_LABELS,
  INPUT_SECTIONS,
  SHORT_TIME_WORK_LABEL,
  UNIT_SYMBOLS,
  formValuesOf,
  inputsOf,
  isInputName,
  validateInputs,
  type DiagnosticFormValues,
  type InputName,
} from '../utils/inputs';

type Intent = 'save' | 'submit';

/** The id of an input's field: the list of what is missing links to it. */
export const fieldId = (name: InputName) => `diagnostic-${name}`;

/** The API names a field by its JSON name, sometimes under `inputs.`. */
function inputNameOf(field: string): InputName | null {
  const name = field.replace(/^inputs\./, '');
  return isInputName(name) ? name : null;
}

interface DiagnosticFormProps {
  diagnostic: DiagnosticView;
  etag: string | null;
  /** After a 412 (the draft changed elsewhere): read it again. */
  onReload: () => void;
  /** After the diagnostic was sent. */
  onSubmitted?: (diagnostic: DiagnosticView) => void;
}

/**
 * The 14 inputs of a draft in four sections, in euros and percentages as French readers write
 * them. « Enregistrer » saves the draft (If-Match) and the figures next to the form are
 * recomputed; « Envoyer le diagnostic » saves then sends it. A number that cannot be accepted
 * is refused with its message, never rewritten; after a refusal, by the form or by the server,
 * each message is at its field and the first of them takes the focus.
 */
export function DiagnosticForm({ diagnostic, etag, onReload, onSubmitted }: DiagnosticFormProps) {
  const form = useForm<DiagnosticFormValues>({
    initialValues: formValuesOf(diagnostic.inputs),
  });
  const [failure, setFailure] = useState<unknown>(null);
  const [stale, setStale] = useState(false);
  const [running, setRunning] = useState<Intent | null>(null);
  const intent = useRef<Intent>('save');
  const { invalid, trackForm, focusFirstInvalid } = useInvalidFieldFocus();
  const save = useSaveDiagnostic();
  const submit = useSubmitDiagnostic();
  const missing = diagnostic.missingForSubmission.filter(isInputName);

  /** Puts each error at its field; true when at least one was placed (and focused). */
  const showFieldErrors = (errors: Record<string, string>) => {
    form.setErrors(errors);
    if (Object.keys(errors).length === 0) return false;
    focusFirstInvalid();
    return true;
  };

  const showFailure = (error: unknown) => {
    if (isStaleWrite(error)) {
      setStale(true);
      return;
    }
    const placed: Record<string, string> = {};
    let unplaced = false;
    for (const [field, message] of Object.entries(formErrors(error))) {
      const name = inputNameOf(field);
      if (name === null) unplaced = true;
      else placed[name] = placed[name] ? `${placed[name]} ${message}` : message;
    }
    if (!showFieldErrors(placed) || unplaced) setFailure(error);
  };

  const persist = async (chosen: Intent) => {
    setFailure(null);
    setStale(false);
    setRunning(chosen);
    const values = form.getValues();
    let current = etag;
    try {
      if (chosen === 'save' || form.isDirty()) {
        const saved = await save.mutateAsync({ id: diagnostic.id, etag, body: inputsOf(values) });
        current = saved.etag;
        form.resetDirty(values);
      }
      if (chosen === 'save') {
        notifications.show({
          color: 'green',
          message: 'Brouillon enregistré : les chiffres et les recommandations sont à jour.',
        });
        return;
      }
      const sent = await submit.mutateAsync({ id: diagnostic.id, etag: current });
      notifications.show({
        color: 'green',
        message: 'Diagnostic envoyé : un animateur va le prendre en charge.',
      });
      onSubmitted?.(sent.data);
    } catch (error) {
      showFailure(error);
    } finally {
      setRunning(null);
    }
  };

  const handleSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    trackForm(event);
    const chosen = intent.current;
    intent.current = 'save';
    if (showFieldErrors(validateInputs(form.getValues()))) return;
    void persist(chosen);
  };

  const busy = running !== null;

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Informations du diagnostic">
      <Stack gap="lg">
        {stale && <StaleNotice onReload={onReload} />}
        {failure !== null && (
          <Alert
            color="red"
            variant="outline"
            role="alert"
            title="Le diagnostic n’a pas été enregistré"
          >
            <ProblemMessage error={failure} />
          </Alert>
        )}
        <FormErrorSummary fields={invalid.filter((field) => field.target.isConnected)} />

        {INPUT_SECTIONS.map((section) => (
          <Paper
            key={section.id}
            withBorder
            p="md"
            component="fieldset"
            m={0}
            // A fieldset is as wide as its content by default: it would overflow a phone.
            miw={0}
            aria-labelledby={`section-${section.id}`}
          >
            <Stack gap="sm">
              <Stack gap={2}>
                <Title order={2} size="h4" id={`section-${section.id}`}>
                  {section.title}
                </Title>
                <Text size="sm" c="dimmed">
                  {section.help}
                </Text>
              </Stack>
              {section.withShortTimeWork && (
                <Radio.Group
                  id={fieldId('shortTimeWork')}
                  label={SHORT_TIME_WORK_LABEL}
                  description="Vos salariés ont-ils déjà été placés en activité partielle ?"
                  {...form.getInputProps('shortTimeWork')}
                >
                  <Group gap="lg" mt={4}>
                    <Radio value="oui" label="Oui" />
                    <Radio value="non" label="Non" />
                  </Group>
                </Radio.Group>
              )}
              {section.inputs.map((input) => {
                const symbol = UNIT_SYMBOLS[input.unit];
                return (
                  <NumberField
                    key={input.name}
                    id={fieldId(input.name)}
                    integer={input.unit === 'headcount'}
                    label={input.label}
                    description={input.description}
                    maw={{ base: '100%', sm: 360 }}
                    rightSection={
                      symbol && (
                        <Text size="sm" c="dimmed" aria-hidden="true">
                          {symbol}
                        </Text>
                      )
                    }
                    rightSectionWidth={symbol === 'ETP' ? 44 : 32}
                    {...form.getInputProps(input.name)}
                  />
                );
              })}
            </Stack>
          </Paper>
        ))}

        {missing.length > 0 && (
          <Alert variant="light" title="Encore à renseigner pour envoyer le diagnostic">
            <Text size="sm">
              {missing.map((name, index) => (
                <Fragment key={name}>
                  {index > 0 && ', '}
                  <Anchor
                    href={`#${fieldId(name)}`}
                    size="sm"
                    underline="always"
                    onClick={(event) => {
                      event.preventDefault();
                      const target = document.getElementById(fieldId(name));
                      if (target) focusField(target);
                    }}
                  >
                    {INPUT_LABELS[name]}
                  </Anchor>
                </Fragment>
              ))}
              .
            </Text>
          </Alert>
        )}

        <Group justify="flex-end" gap="sm">
          <Button
            type="submit"
            variant="outline"
            disabled={busy}
            loading={running === 'save'}
            onClick={() => (intent.current = 'save')}
          >
            Enregistrer et recalculer
          </Button>
          <Button
            type="submit"
            disabled={busy}
            loading={running === 'submit'}
            onClick={() => (intent.current = 'submit')}
          >
            Envoyer le diagnostic
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
