import { Badge, Group, Text } from '@mantine/core';
import { formatDistance } from '@/lib/format';

interface MatchFactsProps {
  score?: number | null;
  reasons: string[];
  distanceKm?: number | null;
}

/** Why a structure matches: its score, its reasons as chips, and how far it is. */
export function MatchFacts({ score, reasons, distanceKm }: MatchFactsProps) {
  if (score == null && reasons.length === 0 && distanceKm == null) return null;
  return (
    <Group gap={4} aria-label="Pourquoi elle correspond" role="group">
      {score != null && (
        <Badge variant="outline" color="relance" tt="none">
          Score {score}/100
        </Badge>
      )}
      {distanceKm != null && (
        <Text size="sm" span>
          À {formatDistance(distanceKm)}
        </Text>
      )}
      {reasons.map((reason) => (
        <Badge
          key={reason}
          variant="light"
          color="gray"
          tt="none"
          fw={500}
          maw="100%"
          miw={0}
          styles={{ label: { whiteSpace: 'normal' } }}
          h="auto"
        >
          {reason}
        </Badge>
      ))}
    </Group>
  );
}
