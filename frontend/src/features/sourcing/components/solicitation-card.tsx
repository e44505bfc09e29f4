import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { paths } from '@/config/paths';
import type { SolicitationView } from '../api/request-solicitations';
import { AnswerView } from './answer-view';
import { ContactDetails } from './contact-details';
import { MatchFacts } from './match-reasons';
import { SolicitationStatusBadge } from './solicitation-status-badge';

const ORIGIN_LABELS: Record<SolicitationView['origin'], string | null> = {
  MATCHED: null,
  TARGETED: 'Demandée par l’acheteur',
  ADDED: 'Ajoutée par l’animation',
};

interface SolicitationCardProps {
  solicitation: SolicitationView;
  kindLabel: (code: SolicitationView['kind']) => string;
  /** A facilitator may withdraw it while the request is published. */
  onRemove?: (solicitation: SolicitationView) => void;
}

/** One solicited structure: where it stands, why it was picked, its answer, how to reach it. */
export function SolicitationCard({ solicitation, kindLabel, onRemove }: SolicitationCardProps) {
  const { answer, contact } = solicitation;
  const origin = ORIGIN_LABELS[solicitation.origin];
  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={0} miw={0}>
          <Anchor
            component={Link}
            to={paths.structure(solicitation.structureId)}
            fw={600}
            style={{ overflowWrap: 'anywhere' }}
          >
            {solicitation.name}
          </Anchor>
          <Text size="sm" c="dimmed">
            {[kindLabel(solicitation.kind), origin].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
        <Group gap={4} justify="flex-end">
          {solicitation.removed ? (
            <Badge color="gray.7" variant="outline" tt="none">
              Retirée
            </Badge>
          ) : (
            <SolicitationStatusBadge status={solicitation.status} />
          )}
          {solicitation.unreachable && (
            <Badge color="grape.9" variant="outline" tt="none">
              Injoignable
            </Badge>
          )}
        </Group>
      </Group>
      <MatchFacts
        score={solicitation.score}
        reasons={solicitation.reasons}
        distanceKm={solicitation.distanceKm}
      />
      {solicitation.unreachable && (
        <Text size="sm">Ni compte ni adresse e-mail : elle ne reçoit pas les messages.</Text>
      )}
      {answer && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {solicitation.answeredAt
              ? `Réponse du ${formatDateTime(solicitation.answeredAt)}`
              : 'Réponse'}
          </Text>
          <AnswerView answer={answer} />
        </Stack>
      )}
      {contact && (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            Contact
          </Text>
          <ContactDetails contact={contact} />
        </Stack>
      )}
      {onRemove && !solicitation.removed && (
        <Group>
          <Button
            size="xs"
            variant="outline"
            color="red"
            aria-label={`Retirer ${solicitation.name} des structures sollicitées`}
            onClick={() => onRemove(solicitation)}
          >
            Retirer
          </Button>
        </Group>
      )}
    </Stack>
  );
}
