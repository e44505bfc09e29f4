import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { StaleNotice } from '@/components/stale-notice';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { emailRule, requiredRule } from '@/lib/validation';
import type { StructureInput } from '../api/create-structure';
import type { StructureDetail } from '../api/get-structure';
import type { DirectoryReferences, StructureKind } from '../hooks/use-directory-references';
import { CommunePicker } from './commune-picker';

type NumberValue = number | string;

interface ProfileValues {
  siret: string;
  name: string;
  brand: string;
  kind: StructureKind | null;
  legalForm: string;
  naf: string;
  address: string;
  postCode: string;
  city: string;
  department: string | null;
  latitude: NumberValue;
  longitude: NumberValue;
  description: string;
  email: string;
  phone: string;
  contactName: string;
  website: string;
  insertionFte: NumberValue;
  permanentHeadcount: NumberValue;
  annualRevenue: NumberValue;
  labels: string[];
  networks: string[];
  clientReferences: { name: string; description: string }[];
  active: boolean;
}

function initialValues(structure: StructureDetail | null): ProfileValues {
  return {
    siret: structure?.siret ?? '',
    name: structure?.name ?? '',
    brand: structure?.brand ?? '',
    kind: structure?.kind ?? null,
    legalForm: structure?.legalForm ?? '',
    naf: structure?.naf ?? '',
    address: structure?.address ?? '',
    postCode: structure?.postCode ?? '',
    city: structure?.city ?? '',
    department: structure?.department ?? null,
    latitude: structure?.latitude ?? '',
    longitude: structure?.longitude ?? '',
    description: structure?.description ?? '',
    email: structure?.email ?? '',
    phone: structure?.phone ?? '',
    contactName: structure?.contactName ?? '',
    website: structure?.website ?? '',
    insertionFte: structure?.insertionFte ?? '',
    permanentHeadcount: structure?.permanentHeadcount ?? '',
    annualRevenue: structure?.annualRevenue ?? '',
    labels: structure?.labels ?? [],
    networks: structure?.networks ?? [],
    clientReferences: (structure?.clientReferences ?? []).map((reference) => ({
      name: reference.name,
      description: reference.description ?? '',
    })),
    active: structure?.active ?? true,
  };
}

function text(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function number(value: NumberValue): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function toInput(values: ProfileValues, kind: StructureKind): StructureInput {
  return {
    siret: values.siret.replace(/\s/g, ''),
    name: values.name.trim(),
    brand: text(values.brand),
    kind,
    legalForm: text(values.legalForm),
    naf: text(values.naf),
    address: text(values.address),
    postCode: text(values.postCode),
    city: text(values.city),
    department: values.department ?? undefined,
    latitude: number(values.latitude),
    longitude: number(values.longitude),
    description: text(values.description),
    email: text(values.email),
    phone: text(values.phone),
    contactName: text(values.contactName),
    website: text(values.website),
    insertionFte: number(values.insertionFte),
    permanentHeadcount: number(values.permanentHeadcount),
    annualRevenue: number(values.annualRevenue),
    labels: values.labels,
    networks: values.networks,
    clientReferences: values.clientReferences
      .filter((reference) => reference.name.trim() !== '')
      .map((reference) => ({
        name: reference.name.trim(),
        description: text(reference.description),
      })),
    active: values.active,
  };
}

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
    initialValues: initialValues(structure),
    validate: {
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
    onSubmit: onFormSubmit,
    showError,
    clearError,
  } = useApiFormErrors(form);

  const submit = onFormSubmit((values) => {
    if (values.kind === null) return;
    clearError();
    onSubmit(toInput(values, values.kind), {
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
                  latitude: commune.latitude,
                  longitude: commune.longitude,
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
              <NumberInput
                label="Latitude"
                decimalScale={6}
                min={-90}
                max={90}
                {...form.getInputProps('latitude')}
              />
              <NumberInput
                label="Longitude"
                decimalScale={6}
                min={-180}
                max={180}
                {...form.getInputProps('longitude')}
              />
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
            <NumberInput
              label="ETP en insertion"
              min={0}
              decimalScale={2}
              decimalSeparator=","
              allowNegative={false}
              max={999999}
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
            <NumberInput
              label="Effectif permanent"
              min={0}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('permanentHeadcount')}
            />
            <NumberInput
              label="Chiffre d’affaires annuel (€)"
              min={0}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator=" "
              {...form.getInputProps('annualRevenue')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Références clients">
          <Stack gap="sm">
            {form.values.clientReferences.map((_reference, index) => (
              <Group key={form.key(`clientReferences.${index}`)} align="flex-end" wrap="nowrap">
                <TextInput
                  label={`Client ${index + 1}`}
                  style={{ flex: 1 }}
                  maxLength={200}
                  {...form.getInputProps(`clientReferences.${index}.name`)}
                />
                <TextInput
                  label={`Prestation réalisée pour le client ${index + 1}`}
                  style={{ flex: 2 }}
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

        <Group justify="flex-end">
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
