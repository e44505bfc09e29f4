import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';

interface SecretModalProps {
  clientId: string;
  secret: string;
  onClose: () => void;
}

/** Shows a partner client's secret the only time the server returns it. */
export function SecretModal({ clientId, secret, onClose }: SecretModalProps) {
  return (
    <Modal
      opened
      onClose={onClose}
      title="Secret du client partenaire"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Fermer' }}
    >
      <Stack gap="md">
        <Alert color="orange" variant="outline" role="alert" title="Copiez ce secret maintenant">
          Il ne sera plus affiché : conservez-le dans un endroit sûr. En cas de perte, générez un
          nouveau secret.
        </Alert>
        <Text>
          Identifiant du client : <Code>{clientId}</Code>
        </Text>
        <Code block aria-label="Secret du client">
          {secret}
        </Code>
        <Group justify="flex-end">
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button variant={copied ? 'outline' : 'filled'} onClick={copy}>
                {copied ? 'Secret copié' : 'Copier le secret'}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={onClose}>
            J’ai conservé le secret
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
