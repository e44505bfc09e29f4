import { Alert, Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { useSubmitWithFocus } from '@/hooks/use-invalid-field-focus';
import { errorMessage } from '@/lib/api/problem';
import { compactSiret, emailRule, passwordRule, requiredRule, siretRule } from '@/lib/validation';
import {
  useSignUpStructure,
  useStructureBySiret,
  useStructureKindOptions,
  type SiretLookup,
  type StructureKind,
} from '../api/sign-up';
import { AuthLayout } from '../components/auth-layout';
import {
  AlreadyRegistered,
  PersonFields,
  SignUpErrors,
  SignUpFormEnd,
  consentRule,
} from '../components/sign-up-fields';
import { paths } from '@/config/paths';

interface StructureSignUpValues {
  siret: string;
  displayName: string;
  email: string;
  password: string;
  proposal: {
    name: string;
    kind: StructureKind | null;
    address: string;
    postcode: string;
    city: string;
  };
  acceptTerms: boolean;
  website: string;
}

const required = {
  displayName: requiredRule('Indiquez votre nom.'),
  proposalName: requiredRule('Indiquez le nom de la structure.'),
  proposalKind: requiredRule('Choisissez le type de structure.'),
  address: requiredRule('Indiquez l’adresse de la structure.'),
  city: requiredRule('Indiquez la commune.'),
};

function postcodeRule(value: string): string | null {
  return /^\d{5}$/.test(value.trim()) ? null : 'Le code postal compte 5 chiffres.';
}

/** Step 1: the SIRET, looked up in the directory before anything else is asked. */
function SiretStep({ initial, onFound }: { initial: string; onFound: (siret: string) => void }) {
  const form = useForm({ initialValues: { siret: initial }, validate: { siret: siretRule } });
  const { onSubmit } = useSubmitWithFocus(form);
  return (
    <form
      noValidate
      onSubmit={onSubmit((values: { siret: string }) => {
        onFound(compactSiret(values.siret));
      })}
    >
      <Stack gap="md">
        <Text>
          Commencez par le SIRET de votre structure : s’il est dans l’annuaire, vous serez rattaché
          à sa fiche ; sinon, vous pourrez la proposer.
        </Text>
        <TextInput
          label="SIRET de la structure"
          description="14 chiffres, sur un avis de situation Insee ou une facture."
          inputMode="numeric"
          autoComplete="off"
          required
          {...form.getInputProps('siret')}
        />
        <Button type="submit" fullWidth>
          Continuer
        </Button>
      </Stack>
    </form>
  );
}

/** What the directory says of the SIRET, and what will happen after the sign-up. */
function LookupNotice({ lookup }: { lookup: SiretLookup }) {
  if (lookup.found) {
    return (
      <Alert
        color="blue"
        variant="light"
        role="status"
        title={`Structure trouvée : ${lookup.name}`}
      >
        Pour confirmer que vous la représentez, nous enverrons un lien à l’adresse de contact de sa
        fiche ; à défaut, un animateur du réseau vérifiera votre demande.
      </Alert>
    );
  }
  return (
    <Alert color="yellow" variant="light" role="status" title="Structure absente de l’annuaire">
      Proposez-la ci-dessous : elle sera ajoutée à l’annuaire après vérification par un animateur du
      réseau.
    </Alert>
  );
}

export function SignUpStructureRoute() {
  const navigate = useNavigate();
  const [siret, setSiret] = useState<string | null>(null);
  const lookup = useStructureBySiret(siret);
  const signUp = useSignUpStructure();
  const proposing = lookup.data?.found === false;
  const kinds = useStructureKindOptions(proposing);
  const form = useForm<StructureSignUpValues>({
    initialValues: {
      siret: '',
      displayName: '',
      email: '',
      password: '',
      proposal: { name: '', kind: null, address: '', postcode: '', city: '' },
      acceptTerms: false,
      website: '',
    },
    validate: (values) => ({
      displayName: required.displayName(values.displayName),
      email: emailRule(values.email),
      password: passwordRule(values.password),
      acceptTerms: consentRule(values.acceptTerms),
      ...(proposing
        ? {
            'proposal.name': required.proposalName(values.proposal.name),
            'proposal.kind': required.proposalKind(values.proposal.kind),
            'proposal.address': required.address(values.proposal.address),
            'proposal.postcode': postcodeRule(values.proposal.postcode),
            'proposal.city': required.city(values.proposal.city),
          }
        : {}),
    }),
  });
  const { formError, invalidFields, onSubmit, showError, clearError } = useApiFormErrors(form);

  const changeSiret = () => {
    setSiret(null);
    clearError();
    form.clearErrors();
  };

  let content;
  if (siret === null) {
    content = (
      <SiretStep
        initial={form.values.siret}
        onFound={(found) => {
          form.setFieldValue('siret', found);
          setSiret(found);
        }}
      />
    );
  } else if (lookup.isPending) {
    content = <Text role="status">Recherche de la structure dans l’annuaire…</Text>;
  } else if (lookup.isError) {
    content = (
      <Stack gap="md">
        <Alert color="red" variant="outline" role="alert" title="Recherche impossible">
          {errorMessage(lookup.error)}
        </Alert>
        <Group>
          <Button onClick={() => void lookup.refetch()}>Réessayer</Button>
          <Button variant="default" onClick={changeSiret}>
            Changer de SIRET
          </Button>
        </Group>
      </Stack>
    );
  } else {
    content = (
      <form
        noValidate
        onSubmit={onSubmit((values: StructureSignUpValues) => {
          clearError();
          const email = values.email.trim();
          const { proposal } = values;
          signUp.mutate(
            {
              siret: values.siret,
              email,
              displayName: values.displayName.trim(),
              password: values.password,
              acceptTerms: values.acceptTerms,
              ...(values.website ? { website: values.website } : {}),
              ...(proposing
                ? {
                    proposal: {
                      name: proposal.name.trim(),
                      // Checked above: a proposal has a kind.
                      kind: proposal.kind as StructureKind,
                      address: proposal.address.trim(),
                      postcode: proposal.postcode.trim(),
                      city: proposal.city.trim(),
                    },
                  }
                : {}),
            },
            {
              onSuccess: () => void navigate(paths.signUpSentTo(email)),
              onError: showError,
            },
          );
        })}
      >
        <Stack gap="md">
          <LookupNotice lookup={lookup.data} />
          <SignUpErrors formError={formError} invalidFields={invalidFields} />
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              label="SIRET de la structure"
              readOnly
              style={{ flex: 1 }}
              {...form.getInputProps('siret')}
            />
            <Button variant="default" onClick={changeSiret}>
              Changer
            </Button>
          </Group>
          {proposing && (
            <Fieldset legend="La structure à ajouter à l’annuaire">
              <Stack gap="md">
                <TextInput
                  label="Nom de la structure"
                  autoComplete="organization"
                  required
                  {...form.getInputProps('proposal.name')}
                />
                <Select
                  label="Type de structure"
                  placeholder="Choisir"
                  data={kinds.options}
                  disabled={kinds.isPending}
                  required
                  {...form.getInputProps('proposal.kind')}
                />
                <TextInput
                  label="Adresse"
                  autoComplete="street-address"
                  required
                  {...form.getInputProps('proposal.address')}
                />
                <TextInput
                  label="Code postal"
                  inputMode="numeric"
                  autoComplete="postal-code"
                  required
                  {...form.getInputProps('proposal.postcode')}
                />
                <TextInput
                  label="Commune"
                  autoComplete="address-level2"
                  required
                  {...form.getInputProps('proposal.city')}
                />
              </Stack>
            </Fieldset>
          )}
          <Fieldset legend="Vous" variant="unstyled">
            <Stack gap="md">
              <PersonFields form={form} emailLabel="Adresse e-mail" />
            </Stack>
          </Fieldset>
          <SignUpFormEnd form={form} pending={signUp.isPending} />
        </Stack>
      </form>
    );
  }

  return (
    <AuthLayout title="Créer un compte de structure">
      {content}
      <AlreadyRegistered />
    </AuthLayout>
  );
}
