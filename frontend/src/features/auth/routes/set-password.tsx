import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { PageLoader } from '@/components/page-loader';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { ApiError, errorMessage } from '@/lib/api/problem';
import { usePasswordTokenCheck } from '../api/check-password-token';
import { MIN_PASSWORD_LENGTH, passwordRule } from '@/lib/validation';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';
import { AuthLayout } from '../components/auth-layout';
import { paths } from '@/config/paths';

function InvalidLink() {
  return (
    <Stack gap="md">
      <Alert color="red" variant="outline" role="alert" title="Lien invalide ou expiré">
        Ce lien n’est plus valide : il a déjà servi, a expiré ou a été remplacé par un plus récent.
        Demandez un nouveau lien pour définir votre mot de passe.
      </Alert>
      <Anchor component={Link} to={paths.forgotPassword}>
        Demander un nouveau lien
      </Anchor>
    </Stack>
  );
}

export function SetPasswordRoute() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const navigate = useNavigate();
  const confirm = useConfirmPasswordReset();
  const form = useForm({
    initialValues: { password: '', confirmation: '' },
    validate: {
      password: passwordRule,
      confirmation: (value, values) =>
        value === values.password ? null : 'Les deux mots de passe ne correspondent pas.',
    },
  });
  const { formError, onSubmit, showError, clearError } = useApiFormErrors(form);
  // The link is checked before the form is shown, so that no one types a password for nothing.
  const check = usePasswordTokenCheck(token);
  const linkRejected = confirm.error instanceof ApiError && confirm.error.is('invalid-token');

  let content;
  if (!token || linkRejected || check.data?.valid === false) {
    content = <InvalidLink />;
  } else if (check.isPending) {
    content = <PageLoader label="Vérification du lien…" />;
  } else if (check.isError) {
    content = (
      <Stack gap="md">
        <Alert color="red" variant="outline" role="alert" title="Vérification du lien impossible">
          {errorMessage(check.error)}
        </Alert>
        <Button variant="default" onClick={() => void check.refetch()}>
          Réessayer
        </Button>
      </Stack>
    );
  }

  return (
    <AuthLayout
      title={
        check.data?.purpose === 'RESET'
          ? 'Choisir un nouveau mot de passe'
          : 'Définir votre mot de passe'
      }
    >
      {content ?? (
        <form
          noValidate
          onSubmit={onSubmit((values) => {
            clearError();
            confirm.mutate(
              { token, password: values.password },
              {
                onSuccess: () => {
                  notifications.show({
                    color: 'green',
                    title: 'Mot de passe enregistré',
                    message: 'Vous pouvez maintenant vous connecter.',
                  });
                  void navigate(paths.login, { replace: true });
                },
                onError: showError,
              },
            );
          })}
        >
          <Stack gap="md">
            <Text>Choisissez un mot de passe d’au moins {MIN_PASSWORD_LENGTH} caractères.</Text>
            {formError && (
              <Alert color="red" variant="outline" role="alert">
                {formError}
              </Alert>
            )}
            <PasswordInput
              label="Nouveau mot de passe"
              autoComplete="new-password"
              required
              {...form.getInputProps('password')}
            />
            <PasswordInput
              label="Confirmation du mot de passe"
              autoComplete="new-password"
              required
              {...form.getInputProps('confirmation')}
            />
            <Button type="submit" loading={confirm.isPending} fullWidth>
              Enregistrer le mot de passe
            </Button>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
