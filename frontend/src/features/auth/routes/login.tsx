import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { ApiError, errorMessage } from '@/lib/api/problem';
import { emailRule } from '@/lib/validation';
import { RETURN_PARAM, safeReturnPath } from '@/lib/auth/return-path';
import { useSession } from '@/lib/auth/use-session';
import { useSubmitWithFocus } from '@/hooks/use-invalid-field-focus';
import { useLogin } from '../api/login';
import { AuthLayout } from '../components/auth-layout';
import { paths } from '@/config/paths';

interface LocationState {
  from?: { pathname: string; search?: string; hash?: string };
  /** The address just verified (sign-up), to fill in the form. */
  email?: string;
}

/** Where to go once signed in: the page that sent the visitor here, or `?retour=` (a public page's link). */
function redirectTarget(state: unknown, returnTo: string | null): string {
  const from = (state as LocationState | null)?.from;
  if (!from?.pathname || from.pathname === paths.login) return returnTo ?? paths.home;
  return `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
}

/** A page other than the home sent the visitor here (RequireSession): say why they must log in. */
function cameForAPage(state: unknown, returnTo: string | null): boolean {
  const from = (state as LocationState | null)?.from;
  return (
    Boolean(from?.pathname && from.pathname !== paths.home && from.pathname !== paths.login) ||
    returnTo !== null
  );
}

/**
 * The server tells the right password of an account whose sign-up link was not followed yet
 * (only someone who knows the password learns it): that account needs its link, not a retry.
 */
function awaitsVerification(error: unknown): boolean {
  return error instanceof ApiError && error.is('email-not-verified');
}

function loginErrorMessage(error: unknown): string {
  if (awaitsVerification(error)) return errorMessage(error);
  if (error instanceof ApiError && error.status === 401) {
    return 'Adresse e-mail ou mot de passe incorrect.';
  }
  return errorMessage(error);
}

export function LoginRoute() {
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get(RETURN_PARAM));
  const session = useSession();
  const login = useLogin();
  const form = useForm({
    initialValues: { email: (location.state as LocationState | null)?.email ?? '', password: '' },
    validate: {
      email: emailRule,
      password: (value) => (value ? null : 'Saisissez votre mot de passe.'),
    },
  });
  const { onSubmit } = useSubmitWithFocus(form);

  if (session) return <Navigate to={redirectTarget(location.state, returnTo)} replace />;

  return (
    <AuthLayout title="Connexion">
      <form
        noValidate
        onSubmit={onSubmit((values) => {
          login.mutate({ email: values.email.trim(), password: values.password });
        })}
      >
        <Stack gap="md">
          {cameForAPage(location.state, returnTo) && !login.isError && (
            <Alert color="blue" variant="light" role="status">
              Connectez-vous pour accéder à cette page.
            </Alert>
          )}
          {login.isError && (
            <Alert color="red" variant="outline" role="alert" title="Connexion impossible">
              {loginErrorMessage(login.error)}
              {awaitsVerification(login.error) && (
                <>
                  {' '}
                  <Anchor
                    component={Link}
                    to={paths.signUpSentTo(form.values.email.trim())}
                    inherit
                  >
                    Recevoir un nouveau lien
                  </Anchor>
                </>
              )}
            </Alert>
          )}
          <TextInput
            label="Adresse e-mail"
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Mot de passe"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={login.isPending} fullWidth>
            Se connecter
          </Button>
          <Anchor component={Link} to={paths.forgotPassword} size="sm">
            Mot de passe oublié ?
          </Anchor>
          <Anchor component={Link} to={paths.signUp} size="sm">
            Pas encore de compte ? Créer un compte
          </Anchor>
        </Stack>
      </form>
    </AuthLayout>
  );
}
