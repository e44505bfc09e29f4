import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useCloseDiagnostic } from '../api/close-diagnostic';
import type { DiagnosticView } from '../api/get-diagnostic';

/** A structure gives up its own draft (closed), e.g. to start again from a clean one. */
export function AbandonDraft({
  diagnostic,
  etag,
}: {
  diagnostic: DiagnosticView;
  etag: string | null;
}) {
  const close = useCloseDiagnostic();
  const [asking, setAsking] = useState(false);
  return (
    <Group>
      <Button
        variant="subtle"
        color="red"
        onClick={() => {
          close.reset();
          setAsking(true);
        }}
      >
        Abandonner ce brouillon
      </Button>
      {asking && (
        <ConfirmDialog
          title="Abandonner ce brouillon"
          confirmLabel="Oui, abandonner le brouillon"
          submitting={close.isPending}
          error={close.error}
          onClose={() => setAsking(false)}
          onConfirm={() =>
            close.mutate(
              { id: diagnostic.id, etag, body: { reason: 'Brouillon abandonné par la structure' } },
              {
                onSuccess: () => {
                  setAsking(false);
                  notifications.show({
                    color: 'green',
                    message: 'Brouillon abandonné : vous pouvez commencer un nouveau diagnostic.',
                  });
                },
              },
            )
          }
        >
          <Text>
            Le brouillon sera clos et ne pourra plus être modifié. Vous pourrez commencer un nouveau
            diagnostic depuis la liste.
          </Text>
        </ConfirmDialog>
      )}
    </Group>
  );
}
