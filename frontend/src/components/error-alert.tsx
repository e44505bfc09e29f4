import { Alert, Button, Group, Text } from '@mantine/core';
import { errorMessage } from '@/lib/api/problem';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** An error announced to assistive technologies, with an optional retry. */
export function ErrorAlert({ error, title = 'Une erreur est survenue', onRetry }: ErrorAlertProps) {
  return (
    <Alert color="red" title={title} role="alert" variant="outline">
      <Group justify="space-between" align="center" gap="sm">
        <Text size="sm">{errorMessage(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="outline" color="red" onClick={onRetry}>
            Réessayer
          </Button>
        )}
      </Group>
    </Alert>
  );
}
