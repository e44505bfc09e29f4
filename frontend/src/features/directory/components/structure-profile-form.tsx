import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormErrorSummary } from '@/components/form-error-summary';
import { NumberField } from '@/components/number-field';
import { StaleNotice } from '@/components/stale-notice';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { numberRule, numberText } from '@/lib/number-text';
import { emailRule, requiredRule } from '@/lib/validation';
import type { StructureInput } from '../api/create-structure';
import type { StructureDetail } from '../api/get-structure';
import type { DirectoryReferences } from '../hooks/use-directory-references';
import {
  PROFILE_NUMBER_RULES,
  profileFormValues,
  profileInput,
  type ProfileValues,
} from '../utils/profile-form-values';
import { CommunePicker } from './commune-picker';
import classes from './structure-profile-form.module.css';

interface StructureProfileFormProps {
  /** The profile to edit; null to create one. */
  structure: StructureDetail | null;
  references: DirectoryReferences;
  /** Facilitators and admins: SIRET, kind and activity can change. */
  canManage: boolean;
  submitLabel: string;
  submitting: boolean;
  onSubmit: (
    body: StructureInput,
    handlers: { onError: (error: unknown) => void; onSuccess: () => void },
  ) => void;
  /** Fetches the current version after a concurrent change. */
  onReload?: () => void;
  reloading?: boolean;
}

/** A structure's profile, as its users, facilitators and admins edit it. */
export function StructureProfileForm({
  structure,
  references,
  canManage,
  submitLabel,
  submitting,
  onSubmit,
  onReload,
  reloading,
}: StructureProfileFormProps) {
  const form = useForm<ProfileValues>({
    initialValues: profileFormValues(structure),
    validate: {
      latitude: numberRule(PROFILE_NUMBER_RULES.latitude),
      longitude: numberRule(PROFILE_NUMBER_RULES.longitude),
      insertionFte: numberRule(PROFILE_NUMBER_RULES.insertionFte),
      permanentHeadcount: numberRule(PROFILE_NUMBER_RULES.permanentHeadcount),
      annualRevenue: numberRule(PROFILE_NUMBER_RULES.annualRevenue),
      siret: (value) =>
        /^\d{14}$/.test(value.replace(/\s/g, '')) ? null : 'Le SIRET compte 14 chiffres.',
      name: requiredRule('Saisissez le nom de la structure.'),
      kind: requiredRule('Choisissez le type de structure.'),
      email: (value) => (value.trim() === '' ? null : emailRule(value)),
      clientReferences: {
        name: (value, values, path) => {
          const index = Number(path.split('.')[1]);
          const description = values.clientReferences[index]?.description ?? '';
          return value.trim() === '' && description.trim() !== ''
            ? 'Saisissez le nom du client.'
            : null;
        },
      },
    },
  });
  const {
    formError,
    stale,
    invalidFields,
    onSubmit: onFormSubmit,
    showError,
    clearError,
  } = useApiFormErrors(form);

  const submit = onFormSubmit((values) => {
    if (values.kind === null) return;
    clearError();
    onSubmit(profileInput(values, values.kind), {
      onError: showError,
      onSuccess: () => form.resetDirty(),
    });
  });

  const departmentOptions = references.departments.map((department) => ({
    value: department.code,
    label: `${department.code} – ${department.name}`,
  }));

  return (
    <form onSubmit={submit} noValidate aria-label="Profil de la structure">
      <Stack gap="lg">
        {stale && onReload && <StaleNotice onReload={onReload} reloading={reloading} />}
        <FormErrorSummary fields={invalidFields} />
        {formError && (
          <Alert color="red" role="alert" variant="outline">
            {formError}
          </Alert>
        )}

        <Fieldset legend="Identité">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Nom" required maxLength={200} {...form.getInputProps('name')} />
            <TextInput label="Enseigne" maxLength={200} {...form.getInputProps('brand')} />
            <TextInput
              label="SIRET"
              required
              inputMode="numeric"
              maxLength={30}
              disabled={!canManage && structure !== null}
              description={
                !canManage && structure !== null ? 'Modifiable par l’équipe d’animation' : undefined
              }
              {...form.getInputProps('siret')}
            />
            <Select
              label="Type de structure"
              required
              allowDeselect={false}
              disabled={!canManage && structure !== null}
              data={references.kinds.map((kind) => ({
                value: kind.code,
                label: `${kind.code} – ${kind.label}`,
              }))}
              {...form.getInputProps('kind')}
            />
            <TextInput
              label="Forme juridique"
              maxLength={100}
              {...form.getInputProps('legalForm')}
            />
            <TextInput
              label="Code NAF"
              placeholder="81.21Z"
              maxLength={10}
              {...form.getInputProps('naf')}
            />
          </SimpleGrid>
          <Textarea
            mt="sm"
            label="Présentation"
            autosize
            minRows={3}
            maxLength={5000}
            {...form.getInputProps('description')}
          />
        </Fieldset>

        <Fieldset legend="Adresse">
          <Stack gap="sm">
            <CommunePicker
              label="Remplir depuis une commune"
              description="Renseigne le code postal, la ville, le département et les coordonnées"
              value={null}
              onChange={(commune) => {
                if (!commune?.commune) return;
                const { name, departmentCode, postCodes } = commune.commune;
                form.setValues({
                  city: name,
                  department: departmentCode,
                  postCode: postCodes[0] ?? form.values.postCode,
                  latitude: numberText(commune.latitude),
                  longitude: numberText(commune.longitude),
                });
              }}
            />
            <TextInput label="Adresse" maxLength={300} {...form.getInputProps('address')} />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label="Code postal"
                inputMode="numeric"
                maxLength={10}
                {...form.getInputProps('postCode')}
              />
              <TextInput label="Ville" maxLength={100} {...form.getInputProps('city')} />
              <Select
                label="Département"
                searchable
                clearable
                clearButtonProps={{ 'aria-label': 'Effacer le département' }}
                data={departmentOptions}
                {...form.getInputProps('department')}
              />
              <NumberField label="Latitude" {...form.getInputProps('latitude')} />
              <NumberField label="Longitude" {...form.getInputProps('longitude')} />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend="Contact">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="E-mail"
              type="email"
              maxLength={254}
              {...form.getInputProps('email')}
            />
            <TextInput
              label="Téléphone"
              type="tel"
              maxLength={30}
              {...form.getInputProps('phone')}
            />
            <TextInput label="Site web" maxLength={300} {...form.getInputProps('website')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Insertion, labels et réseaux">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberField
              label="ETP en insertion"
              description="Par exemple 12,5"
              {...form.getInputProps('insertionFte')}
            />
            <MultiSelect
              label="Labels"
              data={references.labels.map((label) => ({ value: label.code, label: label.name }))}
              searchable
              {...form.getInputProps('labels')}
            />
            <MultiSelect
              label="Réseaux"
              data={references.networks.map((network) => ({
                value: network.code,
                label: network.name,
              }))}
              searchable
              {...form.getInputProps('networks')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Informations confidentielles">
          <Text size="sm" c="dimmed" mb="sm">
            Visibles uniquement par la structure, les animateurs et les administrateurs.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label="Personne à contacter"
              maxLength={200}
              {...form.getInputProps('contactName')}
            />
            <NumberField
              label="Effectif permanent"
              integer
              {...form.getInputProps('permanentHeadcount')}
            />
            <NumberField
              label="Chiffre d’affaires annuel (€)"
              integer
              {...form.getInputProps('annualRevenue')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Références clients">
          <Stack gap="sm">
            {form.values.clientReferences.map((_reference, index) => (
              <Group key={form.key(`clientReferences.${index}`)} align="flex-end">
                <TextInput
                  label={`Client ${index + 1}`}
                  style={{ flex: '1 1 12rem' }}
                  maxLength={200}
                  {...form.getInputProps(`clientReferences.${index}.name`)}
                />
                <TextInput
                  label={`Prestation réalisée pour le client ${index + 1}`}
                  style={{ flex: '2 1 14rem' }}
                  maxLength={5000}
                  {...form.getInputProps(`clientReferences.${index}.description`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mb={2}
                  aria-label={`Retirer le client ${index + 1}`}
                  onClick={() => form.removeListItem('clientReferences', index)}
                >
                  <span aria-hidden="true">✕</span>
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                onClick={() =>
                  form.insertListItem('clientReferences', { name: '', description: '' })
                }
              >
                Ajouter une référence
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        {canManage && structure !== null && (
          <Switch
            label="Structure active (visible dans l’annuaire)"
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
        )}

        {/* Kept in sight at the bottom of the screen while scrolling a long form (a phone). */}
        <Group justify="flex-end" className={classes.actions}>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
