import { Alert, Stack, Text } from '@mantine/core';
import type { PotentialRecommendation } from '../api/get-sourcing-potential';
import { plural } from '../utils/labels';

/** What the buyer could do for these structures; nothing to say for NONE. */
const RECOMMENDATION_TITLES: Record<PotentialRecommendation, string | null> = {
  RESERVED_CONTRACT: 'Marché réservé possible',
  DEDICATED_LOT: 'Lot dédié conseillé',
  SOCIAL_CLAUSE: 'Clause sociale conseillée',
  NONE: null,
};

interface PotentialCounterProps {
  /** Structures that match the need as typed so far; null while unknown. */
  count: number | null;
  /** Of them, those that can be reached by e-mail. */
  reachable?: number | null;
  loading?: boolean;
  /** The count could not be asked: said discreetly, the form goes on. */
  failed?: boolean;
  /** The kind of purchase the server advises for this need. */
  recommendation?: PotentialRecommendation | null;
  /** Why, in French, as the server words it. */
  reason?: string | null;
}

function countMessage(count: number | null, reachable: number | null, loading: boolean): string {
  if (count === null) {
    return loading
      ? 'Recherche des structures qui pourraient répondre…'
      : 'Choisissez un lieu et un secteur pour voir combien de structures pourraient répondre.';
  }
  if (count === 0) {
    return 'Aucune structure ne correspond pour l’instant : élargissez le lieu ou les secteurs.';
  }
  let message = `${plural(count, 'structure')} pourrai${count > 1 ? 'en' : ''}t répondre`;
  if (reachable !== null) message += ` (${plural(reachable, 'joignable')} par e-mail)`;
  return `${message}.`;
}

/** While the need is typed: how many structures could answer it, and what that advises. */
export function PotentialCounter({
  count,
  reachable = null,
  loading = false,
  failed = false,
  recommendation = null,
  reason = null,
}: PotentialCounterProps) {
  if (failed && count === null) {
    return (
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        Le nombre de structures qui pourraient répondre n’est pas disponible pour l’instant. Vous
        pouvez continuer à saisir le besoin.
      </Text>
    );
  }
  const title = recommendation ? RECOMMENDATION_TITLES[recommendation] : null;
  return (
    <Alert variant="light" color={count === 0 ? 'orange' : 'blue'} p="sm">
      <Stack gap={4} role="status" aria-live="polite">
        <Text size="sm">{countMessage(count, reachable, loading)}</Text>
        {count !== null && title && (
          <Text size="sm" fw={600}>
            {title}
          </Text>
        )}
        {count !== null && title && reason && <Text size="sm">{reason}</Text>}
      </Stack>
    </Alert>
  );
}
