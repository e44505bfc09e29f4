import { Fieldset, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from 'react-router';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { compactSiret, emailRule, passwordRule, requiredRule, siretRule } from '@/lib/validation';
import { useSignUpBuyer, type BuyerKind } from '../api/sign-up';
import { AuthLayout } from '../components/auth-layout';
import {
  AlreadyRegistered,
  PersonFields,
  SignUpErrors,
  SignUpFormEnd,
  consentRule,
} from '../components/sign-up-fields';
import { paths } from '@/config/paths';

const KINDS: { value: BuyerKind; label: string; description: string }[] = [
  {
    value: 'PUBLIC_BUYER',
    label: 'Acheteur public',
    description: 'Collectivité, administration, établissement ou entreprise publics.',
  },
  {
    value: 'PRIVATE_BUYER',
    label: 'Acheteur privé',
    description: 'Entreprise, association ou fondation.',
  },
];

interface BuyerSignUpValues {
  displayName: string;
  email: string;
  password: string;
  organisation: { name: string; kind: BuyerKind | ''; siret: string };
  acceptTerms: boolean;
  website: string;
}

export function SignUpBuyerRoute() {
  const navigate = useNavigate();
  const signUp = useSignUpBuyer();
  const form = useForm<BuyerSignUpValues>({
    initialValues: {
      displayName: '',
      email: '',
      password: '',
      organisation: { name: '', kind: '', siret: '' },
      acceptTerms: false,
      website: '',
    },
    validate: {
      displayName: requiredRule('Indiquez votre nom.'),
      email: emailRule,
      password: passwordRule,
      organisation: {
        name: requiredRule('Indiquez le nom de votre organisation.'),
        kind: requiredRule('Choisissez le type de votre organisation.'),
        siret: (value) => (value.trim() === '' ? null : siretRule(value)),
      },
      acceptTerms: consentRule,
    },
  });
  const { formError, invalidFields, onSubmit, showError, clearError } = useApiFormErrors(form);

  return (
    <AuthLayout title="Créer un compte acheteur">
      <form
        noValidate
        onSubmit={onSubmit((values: BuyerSignUpValues) => {
          clearError();
          const email = values.email.trim();
          const siret = compactSiret(values.organisation.siret);
          signUp.mutate(
            {
              email,
              displayName: values.displayName.trim(),
              password: values.password,
              organisation: {
                name: values.organisation.name.trim(),
                kind: values.organisation.kind as BuyerKind,
                ...(siret ? { siret } : {}),
              },
              acceptTerms: values.acceptTerms,
              ...(values.website ? { website: values.website } : {}),
            },
            {
              onSuccess: () => void navigate(paths.signUpSentTo(email)),
              onError: showError,
            },
          );
        })}
      >
        <Stack gap="md">
          <Text size="sm">Tous les champs sont obligatoires, sauf le SIRET.</Text>
          <SignUpErrors formError={formError} invalidFields={invalidFields} />
          <PersonFields form={form} emailLabel="Adresse e-mail professionnelle" />
          <Fieldset legend="Votre organisation" variant="unstyled">
            <Stack gap="md">
              <TextInput
                label="Nom de l’organisation"
                autoComplete="organization"
                required
                {...form.getInputProps('organisation.name')}
              />
              <Radio.Group
                label="Type d’organisation"
                required
                {...form.getInputProps('organisation.kind')}
              >
                <Stack gap="xs" mt="xs">
                  {KINDS.map((kind) => (
                    <Radio
                      key={kind.value}
                      value={kind.value}
                      label={kind.label}
                      description={kind.description}
                    />
                  ))}
                </Stack>
              </Radio.Group>
              <TextInput
                label="SIRET (facultatif)"
                description="14 chiffres : il aide le réseau à vérifier votre organisation."
                inputMode="numeric"
                {...form.getInputProps('organisation.siret')}
              />
            </Stack>
          </Fieldset>
          <SignUpFormEnd form={form} pending={signUp.isPending} />
          <AlreadyRegistered />
        </Stack>
      </form>
    </AuthLayout>
  );
}
