import { Alert, Text } from '@mantine/core';
import { plural } from '../utils/labels';

interface PotentialCounterProps {
  /** Structures that match the need as typed so far; null while unknown. */
  count: number | null;
  /** Of them, those that can be reached by e-mail. */
  reachable?: number | null;
  loading?: boolean;
}

/** While the need is typed: how many structures could answer it. */
export function PotentialCounter({
  count,
  reachable = null,
  loading = false,
}: PotentialCounterProps) {
  let message: string;
  if (count === null) {
    message = loading
      ? 'Recherche des structures qui pourraient répondre…'
      : 'Choisissez un lieu et un secteur pour voir combien de structures pourraient répondre.';
  } else if (count === 0) {
    message = 'Aucune structure ne correspond pour l’instant : élargissez le lieu ou les secteurs.';
  } else {
    message = `${plural(count, 'structure')} pourrai${count > 1 ? 'en' : ''}t répondre`;
    if (reachable !== null) message += ` (${plural(reachable, 'joignable')} par e-mail)`;
    message += '.';
  }
  return (
    <Alert variant="light" color={count === 0 ? 'orange' : 'blue'} p="sm">
      <Text size="sm" role="status" aria-live="polite">
        {message}
      </Text>
    </Alert>
  );
}
