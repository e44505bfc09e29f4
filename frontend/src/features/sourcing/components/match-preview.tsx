import { Anchor, Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import type { Schema } from '@/lib/api/types';
import { paths } from '@/config/paths';
import { useKindLabel, useStructureName } from '../api/structures';
import { MatchFacts } from './match-reasons';
import { StructurePicker } from './structure-picker';

/** One ranked candidate of the match preview (an item of `GET /sourcing-requests/{id}/matches`). */
export type MatchCandidate = Pick<
  Schema<'MatchView'>,
  'structureId' | 'name' | 'kind' | 'score' | 'reasons' | 'distanceKm'
>;

/** The request's two lists that the facilitator edits before publishing. */
export interface MatchSelection {
  targetStructureIds: string[];
  excludedStructureIds: string[];
}

export interface MatchPreviewProps extends MatchSelection {
  /** The ranked candidates, best first; undefined while they load. */
  candidates: MatchCandidate[] | undefined;
  error?: unknown;
  onRetry?: () => void;
  /** Saves the two lists on the request (the request page sends them with its If-Match). */
  onChange: (selection: MatchSelection) => void;
  saving: boolean;
  /** False once the request can no longer be changed: the preview is then read-only. */
  editable: boolean;
}

const without = (ids: string[], id: string) => ids.filter((other) => other !== id);
const withId = (ids: string[], id: string) => (ids.includes(id) ? ids : [...ids, id]);

const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? 's' : ''}`;

/** "12 structures correspondantes sur 14 seront sollicitées, et 1 ajoutée à la main." */
export function previewSummary(matching: number, kept: number, added: number): string {
  if (matching === 0 && added === 0) {
    return 'Aucune structure ne correspond : élargissez le lieu ou les secteurs du besoin, ou ajoutez des structures à la main.';
  }
  const byHand = added > 0 ? `, et ${plural(added, 'ajoutée')} à la main` : '';
  const keptText = `${kept} ${kept > 1 ? 'structures correspondantes' : 'structure correspondante'}`;
  return `${keptText} sur ${matching} ${kept > 1 ? 'seront sollicitées' : 'sera sollicitée'}${byHand}.`;
}

/** A structure added by hand: its name comes from the directory. */
function TargetName({ structureId }: { structureId: string }) {
  const structure = useStructureName(structureId);
  const name = structure.data ?? (structure.error ? 'Structure introuvable' : 'Chargement…');
  return (
    <Anchor component={Link} to={paths.structure(structureId)} fw={600}>
      {name}
    </Anchor>
  );
}

/**
 * A facilitator's preview, before publishing, of the structures that will be solicited: the
 * ranked candidates with their score and reasons, those set aside, and those added by hand.
 */
export function MatchPreview({
  candidates,
  error,
  onRetry,
  targetStructureIds,
  excludedStructureIds,
  onChange,
  saving,
  editable,
}: MatchPreviewProps) {
  const kindLabel = useKindLabel();
  const candidateIds = new Set(candidates?.map((candidate) => candidate.structureId));
  const addedByHand = targetStructureIds.filter((id) => !candidateIds.has(id));
  const kept = (candidates ?? []).filter(
    (candidate) => !excludedStructureIds.includes(candidate.structureId),
  ).length;

  const exclude = (id: string) =>
    onChange({
      targetStructureIds: without(targetStructureIds, id),
      excludedStructureIds: withId(excludedStructureIds, id),
    });
  const restore = (id: string) =>
    onChange({ targetStructureIds, excludedStructureIds: without(excludedStructureIds, id) });
  const add = (id: string) =>
    onChange({
      targetStructureIds: withId(targetStructureIds, id),
      excludedStructureIds: without(excludedStructureIds, id),
    });
  const removeTarget = (id: string) =>
    onChange({ targetStructureIds: without(targetStructureIds, id), excludedStructureIds });

  return (
    <Stack gap="md" component="section" aria-labelledby="apercu-titre">
      <Title order={3} size="h4" id="apercu-titre">
        Structures qui seront sollicitées
      </Title>
      {error ? (
        <ErrorAlert
          error={error}
          title="Impossible de calculer les structures correspondantes"
          onRetry={onRetry}
        />
      ) : !candidates ? (
        <Stack gap="xs" role="status" aria-label="Recherche des structures correspondantes">
          {Array.from({ length: 3 }, (_, index) => (
            <Skeleton key={index} height={72} />
          ))}
        </Stack>
      ) : (
        <>
          <Text role="status">{previewSummary(candidates.length, kept, addedByHand.length)}</Text>
          {editable && (
            <StructurePicker
              label="Ajouter une structure"
              description="Elle sera sollicitée à la publication, même si elle ne correspond pas."
              excludedIds={targetStructureIds}
              disabled={saving}
              onPick={(structure) => add(structure.id)}
            />
          )}
          {addedByHand.length > 0 && (
            <Stack gap="xs">
              <Text fw={600}>Ajoutées à la main</Text>
              <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {addedByHand.map((id) => (
                  <Card key={id} component="li" withBorder padding="sm">
                    <Group justify="space-between" wrap="nowrap" gap="xs">
                      <TargetName structureId={id} />
                      {editable && (
                        <Button
                          size="xs"
                          variant="outline"
                          color="red"
                          disabled={saving}
                          onClick={() => removeTarget(id)}
                        >
                          Retirer
                        </Button>
                      )}
                    </Group>
                  </Card>
                ))}
              </Stack>
            </Stack>
          )}
          {candidates.length > 0 && (
            <Stack
              gap="xs"
              component="ol"
              aria-label="Structures correspondantes, les mieux classées d’abord"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
            >
              {candidates.map((candidate, index) => {
                const excluded = excludedStructureIds.includes(candidate.structureId);
                return (
                  <Card
                    key={candidate.structureId}
                    component="li"
                    withBorder
                    padding="sm"
                    opacity={excluded ? 0.75 : 1}
                  >
                    <Stack gap={6}>
                      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                        <Stack gap={0} miw={0}>
                          <Text size="sm" c="dimmed">
                            N° {index + 1} · {kindLabel(candidate.kind)}
                          </Text>
                          <Anchor
                            component={Link}
                            to={paths.structure(candidate.structureId)}
                            fw={600}
                            style={{ overflowWrap: 'anywhere' }}
                          >
                            {candidate.name}
                          </Anchor>
                        </Stack>
                        {excluded && (
                          <Badge color="gray.7" variant="outline" tt="none">
                            Écartée
                          </Badge>
                        )}
                      </Group>
                      <MatchFacts
                        score={candidate.score}
                        reasons={candidate.reasons}
                        distanceKm={candidate.distanceKm}
                      />
                      {editable && (
                        <Group>
                          <Button
                            size="xs"
                            variant="outline"
                            color={excluded ? undefined : 'red'}
                            disabled={saving}
                            aria-label={`${excluded ? 'Réintégrer' : 'Écarter'} ${candidate.name}`}
                            onClick={() =>
                              excluded
                                ? restore(candidate.structureId)
                                : exclude(candidate.structureId)
                            }
                          >
                            {excluded ? 'Réintégrer' : 'Écarter'}
                          </Button>
                        </Group>
                      )}
                    </Stack>
                  </Card>
                );
              })}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
