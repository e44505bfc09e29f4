import { Alert, Button, Group, Text } from '@mantine/core';

interface StaleNoticeProps {
  onReload: () => void;
  reloading?: boolean;
}

/** What a 412 means to the user: someone saved first; reload to see it (and lose one's changes). */
export function StaleNotice({ onReload, reloading = false }: StaleNoticeProps) {
  return (
    <Alert color="orange" variant="outline" role="alert" title="Modification concurrente">
      <Group justify="space-between" align="center" gap="sm">
        <Text size="sm">
          Quelqu’un d’autre a modifié cette fiche entre-temps. Rechargez-la pour voir sa version
          (vos modifications non enregistrées seront perdues).
        </Text>
        <Button size="xs" color="orange" variant="outline" onClick={onReload} loading={reloading}>
          Recharger la fiche
        </Button>
      </Group>
    </Alert>
  );
}
