import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ProblemMessage } from '@/components/problem-message';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { ApiError } from '@/lib/api/problem';
import { useCreateDiagnostic } from '../api/create-diagnostic';
import { useDiagnostics } from '../api/get-diagnostics';
import { OPEN_STATUSES } from '../utils/labels';

/**
 * Opens a draft for a structure and goes to it. A structure has one open diagnostic at most:
 * when the server says one is open (409), the failure offers to go to that one instead.
 */
export function useStartDiagnostic(pathOf: (id: string) => string) {
  const navigate = useNavigate();
  const create = useCreateDiagnostic();
  const key = useIdempotencyKey();
  const [conflictFor, setConflictFor] = useState<string | null>(null);

  const start = (structureId: string | undefined) => {
    setConflictFor(null);
    const body = structureId ? { structureId } : {};
    create.mutate(
      { body, idempotencyKey: key.keyFor(body) },
      {
        onSuccess: (created) => {
          key.done();
          void navigate(pathOf(created.data.id));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409 && structureId) {
            setConflictFor(structureId);
          }
        },
      },
    );
  };

  return {
    start,
    pending: create.isPending,
    error: create.error,
    conflictFor,
    reset: () => {
      create.reset();
      setConflictFor(null);
    },
  };
}

/** Why the diagnostic was not opened, and the way on: the open one, when there is one. */
export function StartFailure({
  error,
  conflictFor,
  pathOf,
}: {
  error: unknown;
  conflictFor: string | null;
  pathOf: (id: string) => string;
}) {
  const open = useDiagnostics(
    { structureId: conflictFor ?? undefined, status: OPEN_STATUSES, size: 1, page: 0 },
    conflictFor !== null,
  );
  const existing = conflictFor ? open.data?.items[0] : undefined;
  if (!error) return null;
  return (
    <Alert
      color={existing ? 'orange' : 'red'}
      variant="outline"
      role="alert"
      title={existing ? 'Un diagnostic est déjà ouvert' : 'Le diagnostic n’a pas été ouvert'}
    >
      <Stack gap="sm">
        <ProblemMessage error={error} />
        {existing && (
          <>
            <Text size="sm">
              Une structure n’a qu’un diagnostic ouvert à la fois : reprenez celui de{' '}
              {existing.structureName}.
            </Text>
            <Button component={Link} to={pathOf(existing.id)} size="xs" w="fit-content">
              Ouvrir le diagnostic en cours
            </Button>
          </>
        )}
      </Stack>
    </Alert>
  );
}
