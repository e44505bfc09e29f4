import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';

interface SecretModalProps {
  clientId: string;
  secret: string;
  onClose: () => void;
}

/**
 * Shows a partner client's secret the only time the server returns it. Escape, a click outside
 * and the close button do not lose it by mistake: they first ask whether it was copied.
 */
export function SecretModal({ clientId, secret, onClose }: SecretModalProps) {
  const [confirming, setConfirming] = useState(false);

  return (
    <Modal
      opened
      onClose={() => setConfirming(true)}
      title="Secret du client partenaire"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Fermer' }}
    >
      {confirming ? (
        <Stack gap="md">
          <Alert color="orange" variant="outline" role="alert" title="Fermer sans le secret ?">
            Avez-vous copié le secret ? Il ne sera plus affiché.
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              Revenir au secret
            </Button>
            <Button color="orange" onClick={onClose}>
              Oui, fermer
            </Button>
          </Group>
        </Stack>
      ) : (
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
      )}
    </Modal>
  );
}
