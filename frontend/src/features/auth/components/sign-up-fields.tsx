import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  PasswordInput,
  Text,
  TextInput,
  type CheckboxProps,
} from '@mantine/core';
import { FormErrorSummary } from '@/components/form-error-summary';
import type { InvalidField } from '@/lib/focus-first-invalid';
import type { ComponentProps } from 'react';
import { Link } from 'react-router';
import { MIN_PASSWORD_LENGTH } from '@/lib/validation';
import { paths } from '@/config/paths';

/** Said before anyone types: the server refuses shorter and common passwords. */
export const PASSWORD_POLICY = `Au moins ${MIN_PASSWORD_LENGTH} caractères. Évitez les mots de passe courants (« motdepasse », « azertyuiop »…) : ils sont refusés.`;

export const CONSENT_REQUIRED =
  'Acceptez les conditions d’utilisation et la politique de confidentialité pour créer votre compte.';

export function consentRule(value: boolean): string | null {
  return value ? null : CONSENT_REQUIRED;
}

/**
 * A field that people never see nor reach (off-screen, out of the tab order, hidden from
 * assistive technologies); robots that fill every field fill it, and the server then creates
 * nothing.
 */
export function HoneypotField({
  value,
  onChange,
}: Pick<ComponentProps<'input'>, 'value' | 'onChange'>) {
  return (
    <div
      aria-hidden="true"
      data-testid="honeypot"
      style={{
        position: 'absolute',
        left: '-10000px',
        top: 'auto',
        width: 1,
        height: 1,
        overflow: 'hidden',
      }}
    >
      <label htmlFor="website">Site web (ne pas remplir)</label>
      <input
        id="website"
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={onChange}
      />
    </div>
  );
}

/** The password of a new account, with its rule stated up front. */
export function NewPasswordInput(props: ComponentProps<typeof PasswordInput>) {
  return (
    <PasswordInput
      label="Mot de passe"
      description={PASSWORD_POLICY}
      autoComplete="new-password"
      required
      {...props}
    />
  );
}

/** The consent to the terms and the privacy notice; both open in a new tab, the form stays. */
export function ConsentCheckbox(props: Omit<CheckboxProps, 'label'>) {
  return (
    <Checkbox
      {...props}
      label={
        <>
          J’accepte les{' '}
          <Anchor
            component={Link}
            to={paths.terms}
            target="_blank"
            rel="noopener"
            inherit
            underline="always"
          >
            conditions d’utilisation
          </Anchor>{' '}
          et la{' '}
          <Anchor
            component={Link}
            to={paths.privacy}
            target="_blank"
            rel="noopener"
            inherit
            underline="always"
          >
            politique de confidentialité
          </Anchor>{' '}
          (chacune s’ouvre dans un nouvel onglet).
        </>
      }
    />
  );
}

/** The part of a Mantine form (useForm) that the shared sign-up fields are bound with. */
interface BoundForm {
  getInputProps: (path: string, options?: { type?: 'input' | 'checkbox' }) => object;
}

/** The person who signs up: name, e-mail (where the activation link goes), password. */
export function PersonFields({ form, emailLabel }: { form: BoundForm; emailLabel: string }) {
  return (
    <>
      <TextInput
        label="Nom et prénom"
        autoComplete="name"
        required
        {...form.getInputProps('displayName')}
      />
      <TextInput
        label={emailLabel}
        description="Un lien vous y sera envoyé pour activer votre compte."
        type="email"
        autoComplete="email"
        required
        {...form.getInputProps('email')}
      />
      <NewPasswordInput {...form.getInputProps('password')} />
    </>
  );
}

/** The end of a sign-up form: consent, the hidden trap, the button. */
export function SignUpFormEnd({ form, pending }: { form: BoundForm; pending: boolean }) {
  return (
    <>
      <ConsentCheckbox {...form.getInputProps('acceptTerms', { type: 'checkbox' })} />
      <HoneypotField {...form.getInputProps('website')} />
      <Button type="submit" loading={pending} fullWidth>
        Créer mon compte
      </Button>
    </>
  );
}

/** What went wrong with the last attempt: the fields to correct, or a general message. */
export function SignUpErrors({
  formError,
  invalidFields,
}: {
  formError: string | null;
  invalidFields: InvalidField[];
}) {
  return (
    <>
      <FormErrorSummary fields={invalidFields} />
      {formError && (
        <Alert color="red" variant="outline" role="alert" title="Inscription impossible">
          {formError}
        </Alert>
      )}
    </>
  );
}

export function AlreadyRegistered() {
  return (
    <Text size="sm">
      Déjà un compte ?{' '}
      <Anchor component={Link} to={paths.login} underline="always">
        Se connecter
      </Anchor>
    </Text>
  );
}
