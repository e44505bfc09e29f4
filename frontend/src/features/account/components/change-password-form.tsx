import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { passwordRule } from '@/lib/validation';
import { useChangePassword } from '../api/change-password';

export function ChangePasswordForm() {
  const changePassword = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmation: '' },
    validate: {
      currentPassword: (value) => (value ? null : 'Saisissez votre mot de passe actuel.'),
      newPassword: passwordRule,
      confirmation: (value, values) =>
        value === values.newPassword ? null : 'Les deux mots de passe ne correspondent pas.',
    },
  });
  const { formError, onSubmit, showError, clearError } = useApiFormErrors(form);

  return (
    <form
      noValidate
      onSubmit={onSubmit(({ currentPassword, newPassword }) => {
        clearError();
        changePassword.mutate(
          { currentPassword, newPassword },
          {
            onSuccess: () => {
              form.reset();
              notifications.show({
                color: 'green',
                title: 'Mot de passe modifié',
                message: 'Votre nouveau mot de passe est enregistré.',
              });
            },
            onError: showError,
          },
        );
      })}
    >
      <Stack gap="md" maw={420}>
        {formError && (
          <Alert color="red" variant="outline" role="alert">
            {formError}
          </Alert>
        )}
        <PasswordInput
          label="Mot de passe actuel"
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label="Nouveau mot de passe"
          description="Au moins 10 caractères."
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label="Confirmation du nouveau mot de passe"
          autoComplete="new-password"
          required
          {...form.getInputProps('confirmation')}
        />
        <Group>
          <Button type="submit" loading={changePassword.isPending}>
            Modifier le mot de passe
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
