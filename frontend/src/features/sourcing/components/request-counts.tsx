import { Text } from '@mantine/core';
import type { Schema } from '@/lib/api/types';
import { plural } from '../utils/labels';

type SolicitationCounts = Schema<'SolicitationCounts'>;

/** "2 intéressées · 1 déclinée · 5 sans réponse", or why there is nothing yet. */
export function describeCounts(counts: SolicitationCounts, published: boolean): string {
  if (!published && counts.solicited === 0) return 'Pas encore publié';
  if (counts.solicited === 0) return 'Aucune structure sollicitée';
  return [
    plural(counts.interested, 'intéressée'),
    plural(counts.declined, 'déclinée'),
    `${counts.notAnswered.toLocaleString('fr-FR')} sans réponse`,
  ].join(' · ');
}

export function RequestCounts({
  counts,
  published,
}: {
  counts: SolicitationCounts;
  published: boolean;
}) {
  return <Text size="sm">{describeCounts(counts, published)}</Text>;
}
