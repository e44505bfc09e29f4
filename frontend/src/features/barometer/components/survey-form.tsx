import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { FormErrorSummary } from '@/components/form-error-summary';
import { NumberField } from '@/components/number-field';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { formErrors } from '@/lib/api/problem';
import {
  NEED_LABELS,
  NEEDS,
  NEED_SHORT_LABELS,
  OBSTACLE_LABELS,
  OBSTACLES,
  type Need,
} from '../utils/labels';
import {
  MAX_NEEDS_TEXT,
  surveyAnswers,
  surveyRules,
  surveyValues,
  type ActivitySurveyAnswers,
  type SurveyValues,
} from '../utils/survey-form-values';

export interface SurveySaveCallbacks {
  onSuccess: () => void;
  onError: (error: unknown) => void;
}

interface SurveyFormProps {
  /** This week's answers when given, else null. */
  current: ActivitySurveyAnswers | null | undefined;
  /** The answers of the last week answered, to start from when this week's are not given. */
  prefill: ActivitySurveyAnswers | null | undefined;
  /** "la semaine 48, du 23 au 29 novembre 2026": said in the confirmation. */
  weekLabel: string;
  /** A facilitator entering a structure's answer on the phone: "ses" rather than "vos". */
  onBehalf?: boolean;
  saving: boolean;
  onSave: (answers: ActivitySurveyAnswers, callbacks: SurveySaveCallbacks) => void;
}

const FIELDS = new Set<string>(Object.keys(surveyValues(null)));

/**
 * The weekly survey, answerable in under a minute: filled with this week's answers, or last
 * week's to correct. Numbers are kept as typed and refused with a message when wrong; after a
 * refused save the focus goes to the first field to correct.
 */
export function SurveyForm({
  current,
  prefill,
  weekLabel,
  onBehalf = false,
  saving,
  onSave,
}: SurveyFormProps) {
  const form = useForm<SurveyValues>({
    initialValues: surveyValues(current ?? prefill),
    validate: surveyRules,
  });
  const { formError, invalidFields, onSubmit, showError, clearError } = useApiFormErrors(form);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [savedNeeds, setSavedNeeds] = useState<Need[] | null>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  const answered = current !== null && current !== undefined;
  const your = onBehalf ? 'ses' : 'vos';

  useEffect(() => {
    if (savedNeeds) confirmation.current?.focus();
  }, [savedNeeds]);

  const submit = onSubmit((values: SurveyValues) => {
    clearError();
    setOtherErrors([]);
    setSavedNeeds(null);
    onSave(surveyAnswers(values), {
      onSuccess: () => {
        form.resetDirty();
        setSavedNeeds(values.needs);
      },
      onError: (error) => {
        showError(error);
        // Errors on what the form does not show (the week, the structure): said above it.
        const elsewhere = Object.entries(formErrors(error))
          .filter(([field]) => !FIELDS.has(field.split('.')[0] ?? field))
          .map(([, message]) => message);
        setOtherErrors(elsewhere);
      },
    });
  });

  const number = (field: keyof SurveyValues, label: string, description?: string) => (
    <NumberField
      integer
      label={label}
      description={description}
      required
      {...form.getInputProps(field)}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Questionnaire de la semaine">
      <Stack gap="lg">
        {savedNeeds && (
          <Alert
            ref={confirmation}
            tabIndex={-1}
            color="green"
            variant="outline"
            title="Réponses enregistrées"
            role="status"
          >
            Merci ! Les réponses de {weekLabel} sont enregistrées
            {savedNeeds.length > 0
              ? ` ; l’équipe d’animation reprend contact pour : ${savedNeeds
                  .map((need) => NEED_SHORT_LABELS[need].toLowerCase())
                  .join(', ')}.`
              : '.'}{' '}
            Elles peuvent être modifiées jusqu’à la fin de la semaine.
          </Alert>
        )}
        {!answered && prefill && (
          <Text size="sm">
            Le questionnaire reprend {your} réponses de la dernière semaine renseignée : vérifiez
            chaque chiffre et corrigez ce qui a changé.
          </Text>
        )}
        {answered && (
          <Text size="sm">
            {onBehalf ? 'La structure a' : 'Vous avez'} déjà répondu pour cette semaine : une
            nouvelle réponse remplace la précédente, qui reste dans l’historique.
          </Text>
        )}
        <FormErrorSummary fields={invalidFields} />
        {(formError || otherErrors.length > 0) && (
          <Alert color="red" role="alert" variant="outline" title="Réponses non enregistrées">
            {[formError, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        )}

        <Fieldset legend="Activité">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {number(
              'activityLevelPct',
              'Niveau d’activité (%)',
              'Par rapport à une semaine normale : 100 si tout tourne, 0 si tout est arrêté.',
            )}
            {number(
              'revenueLossPct',
              'Perte de chiffre d’affaires estimée (%)',
              'Par rapport à la même période l’an dernier ; 0 si aucune perte.',
            )}
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Salariés en insertion">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {number('insertionEmployees', 'Salariés en insertion', 'Tous vos contrats en cours.')}
            {number('insertionWorking', 'Dont au travail cette semaine')}
            {number('insertionShortTime', 'Dont en activité partielle')}
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Accompagnement des personnes">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {number(
                'peopleFollowed',
                'Personnes suivies cette semaine',
                'Au moins un échange avec leur accompagnateur.',
              )}
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {number('followedInPerson', 'Dont en présentiel')}
              {number('followedByPhone', 'Dont par téléphone')}
              {number('followedByVideo', 'Dont en visio')}
            </SimpleGrid>
            <Checkbox.Group
              label="Obstacles rencontrés pour les suivre"
              description="Cochez tout ce qui s’applique ; rien si aucun."
              {...form.getInputProps('obstacles')}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                {OBSTACLES.map((obstacle) => (
                  <Checkbox key={obstacle} value={obstacle} label={OBSTACLE_LABELS[obstacle]} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </Stack>
        </Fieldset>

        <Fieldset legend="Besoins">
          <Stack gap="md">
            <Checkbox.Group
              label={
                onBehalf ? 'De quoi la structure a-t-elle besoin ?' : 'De quoi avez-vous besoin ?'
              }
              description="L’équipe d’animation reprend contact pour chaque besoin coché."
              {...form.getInputProps('needs')}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                {NEEDS.map((need) => (
                  <Checkbox key={need} value={need} label={NEED_LABELS[need]} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <Textarea
              label="Précisions"
              description="Facultatif : quantités, délais, ce qui presse."
              autosize
              minRows={2}
              maxLength={MAX_NEEDS_TEXT}
              {...form.getInputProps('needsText')}
            />
          </Stack>
        </Fieldset>

        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {answered ? `Modifier ${your} réponses` : `Envoyer ${your} réponses`}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
