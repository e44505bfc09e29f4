import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from 'react-router';
import { useSubmitWithFocus } from '@/hooks/use-invalid-field-focus';
import { ApiError, errorMessage } from '@/lib/api/problem';
import { emailRule } from '@/lib/validation';
import { useRequestPasswordReset } from '../api/request-password-reset';
import { AuthLayout } from '../components/auth-layout';
import { paths } from '@/config/paths';

export const RESET_CONFIRMATION =
  'Si un compte existe pour cette adresse, un e-mail vous a été envoyé.';

/** Only a failure of the request itself is shown: the answer never tells whether the account exists. */
function isDeliveryFailure(error: unknown): boolean {
  return (
    error instanceof ApiError && (error.status === 0 || error.status === 429 || error.status >= 500)
  );
}

export function ForgotPasswordRoute() {
  const request = useRequestPasswordReset();
  const form = useForm({
    initialValues: { email: '' },
    validate: {
      email: emailRule,
    },
  });
  const { onSubmit } = useSubmitWithFocus(form);
  const confirmed = request.isSuccess || (request.isError && !isDeliveryFailure(request.error));

  return (
    <AuthLayout title="Mot de passe oublié">
      {confirmed ? (
        <Stack gap="md">
          <Alert color="green" variant="outline" role="status" title="Demande enregistrée">
            {RESET_CONFIRMATION}
          </Alert>
          <Anchor component={Link} to={paths.login}>
            Retour à la connexion
          </Anchor>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={onSubmit((values) => {
            request.mutate({ email: values.email.trim() });
          })}
        >
          <Stack gap="md">
            <Text>
              Saisissez l’adresse e-mail de votre compte : vous recevrez un lien pour définir un
              nouveau mot de passe.
            </Text>
            {request.isError && (
              <Alert color="red" variant="outline" role="alert">
                {errorMessage(request.error)}
              </Alert>
            )}
            <TextInput
              label="Adresse e-mail"
              type="email"
              autoComplete="email"
              required
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={request.isPending} fullWidth>
              Envoyer le lien
            </Button>
            <Anchor component={Link} to={paths.login} size="sm">
              Retour à la connexion
            </Anchor>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
