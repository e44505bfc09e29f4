import { CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useDirectoryTools } from './directory-tools';

function TargetedStructure({ id, onRemove }: { id: string; onRemove?: () => void }) {
  const { useStructureName } = useDirectoryTools();
  const name = useStructureName(id) ?? 'structure de l’annuaire';
  return (
    <Paper withBorder p="xs" component="li">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          Structure ciblée : <strong>{name}</strong>
        </Text>
        {onRemove && (
          <CloseButton aria-label={`Retirer la structure ciblée ${name}`} onClick={onRemove} />
        )}
      </Group>
    </Paper>
  );
}

interface TargetedStructuresProps {
  ids: string[];
  /** Without it, the list is read-only. */
  onChange?: (ids: string[]) => void;
}

/** The structures solicited on publishing whether or not matching picks them. */
export function TargetedStructures({ ids, onChange }: TargetedStructuresProps) {
  if (ids.length === 0) return null;
  return (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {ids.map((id) => (
        <TargetedStructure
          key={id}
          id={id}
          {...(onChange ? { onRemove: () => onChange(ids.filter((other) => other !== id)) } : {})}
        />
      ))}
    </Stack>
  );
}
