import { Badge } from '@mantine/core';
import { NEED_SHORT_LABELS, type Need } from '../utils/labels';

/** "Financement": the colour tints the background, the words keep the text colour (contrast). */
export function NeedBadge({ need }: { need: Need }) {
  return (
    <Badge color="orange" variant="light" tt="none" c="var(--mantine-color-text)">
      {NEED_SHORT_LABELS[need]}
    </Badge>
  );
}
