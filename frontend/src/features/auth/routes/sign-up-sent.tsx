import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useSearchParams } from 'react-router';
import { useSubmitWithFocus } from '@/hooks/use-invalid-field-focus';
import { errorMessage } from '@/lib/api/problem';
import { emailRule } from '@/lib/validation';
import { useResendVerification } from '../api/sign-up';
import { AuthLayout } from '../components/auth-layout';
import { paths } from '@/config/paths';

export const RESENT_CONFIRMATION =
  'Si un compte attend d’être activé avec cette adresse, un nouveau lien vient de lui être envoyé.';

/** After a sign-up (or from an expired link): check your mail, or have the link sent again. */
export function SignUpSentRoute() {
  const [searchParams] = useSearchParams();
  const address = searchParams.get('adresse') ?? '';
  const resend = useResendVerification();
  const form = useForm({ initialValues: { email: address }, validate: { email: emailRule } });
  const { onSubmit } = useSubmitWithFocus(form);

  return (
    <AuthLayout title="Vérifiez votre boîte mail">
      {address ? (
        <Text>
          Nous avons envoyé un lien à <strong>{address}</strong>. Ouvrez-le dans les 24 heures pour
          activer votre compte, puis connectez-vous.
        </Text>
      ) : (
        <Text>
          Saisissez l’adresse de votre inscription : nous y enverrons un nouveau lien, valable 24
          heures, pour activer votre compte.
        </Text>
      )}
      <Text size="sm">
        Rien reçu après quelques minutes ? Regardez dans les courriers indésirables, vérifiez
        l’adresse ci-dessous, puis demandez un nouveau lien.
      </Text>
      <form
        noValidate
        onSubmit={onSubmit((values: { email: string }) => {
          resend.mutate({ email: values.email.trim() });
        })}
      >
        <Stack gap="md">
          {resend.isSuccess && (
            <Alert color="green" variant="outline" role="status" title="Demande enregistrée">
              {RESENT_CONFIRMATION}
            </Alert>
          )}
          {resend.isError && (
            <Alert color="red" variant="outline" role="alert">
              {errorMessage(resend.error)}
            </Alert>
          )}
          <TextInput
            label="Adresse e-mail"
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <Button type="submit" variant="default" loading={resend.isPending} fullWidth>
            Renvoyer le lien
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to={paths.login}>
        Aller à la connexion
      </Anchor>
    </AuthLayout>
  );
}
