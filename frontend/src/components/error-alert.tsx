import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { errorMessage } from '@/lib/api/problem';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  /** What to do when retrying is not enough, said under the error. */
  advice?: string | undefined;
  /** Ways on besides « Réessayer » (clear the filters, go home…), placed after it. */
  actions?: ReactNode | undefined;
}

/** An error announced to assistive technologies, with an optional retry and other ways on. */
export function ErrorAlert({
  error,
  title = 'Une erreur est survenue',
  onRetry,
  advice,
  actions,
}: ErrorAlertProps) {
  const retry = onRetry && (
    <Button size="xs" variant="outline" color="red" onClick={onRetry}>
      Réessayer
    </Button>
  );
  if (!advice && !actions) {
    return (
      <Alert color="red" title={title} role="alert" variant="outline">
        <Group justify="space-between" align="center" gap="sm">
          <Text size="sm">{errorMessage(error)}</Text>
          {retry}
        </Group>
      </Alert>
    );
  }
  return (
    <Alert color="red" title={title} role="alert" variant="outline">
      <Stack gap="sm">
        <Text size="sm">{errorMessage(error)}</Text>
        {advice && <Text size="sm">{advice}</Text>}
        <Group gap="sm" align="center">
          {retry}
          {actions}
        </Group>
      </Stack>
    </Alert>
  );
}
