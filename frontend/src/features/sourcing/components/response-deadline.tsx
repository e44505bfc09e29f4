import { Badge, Group, Text } from '@mantine/core';
import { deadlineText } from '../utils/solicitation-labels';

/** A solicitation's answer deadline, flagged once it has passed. */
export function ResponseDeadline({
  deadline,
  passed,
}: {
  deadline: string | null | undefined;
  passed: boolean;
}) {
  return (
    <Group gap="xs">
      <Text size="sm">{deadlineText(deadline)}</Text>
      {passed && (
        <Badge color="gray.7" variant="outline" tt="none">
          Date limite passée
        </Badge>
      )}
    </Group>
  );
}
