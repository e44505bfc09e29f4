import { Anchor, Badge, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { StructureSummary } from '../api/search-structures';
import type { DirectoryReferences } from '../hooks/use-directory-references';
import { formatDistance } from '../utils/format';
import { QuoteRequestButton } from './quote-request-button';
import { rememberScroll } from '../utils/last-search';
import { sectorsChosenFirst } from '../utils/sector-selection';

/** Sector chips shown per result; the rest are counted in a "+N" chip. */
export const SHOWN_SECTORS = 3;

interface ResultProps {
  structure: StructureSummary;
  references: DirectoryReferences;
  /** The sectors the search asks for, shown first. */
  selectedSectors: string[];
}

/** The structure's name, linking to its profile (and remembering where the list was scrolled). */
export function StructureLink({ structure }: { structure: StructureSummary }) {
  return (
    <Anchor
      component={Link}
      to={paths.structure(structure.id)}
      fw={600}
      onClick={() => rememberScroll(window.scrollY)}
    >
      {structure.name}
    </Anchor>
  );
}

/** A few sector names and "+N", then the labels (RGE, ESUS…) by name. */
/** The structure's name, a link to its profile, and its brand under it. */
export function StructureName({ structure }: { structure: StructureSummary }) {
  return (
    <Stack gap={0}>
      <StructureLink structure={structure} />
      {structure.brand && (
        <Text size="sm" c="dimmed">
          {structure.brand}
        </Text>
      )}
    </Stack>
  );
}

export function StructureTags({ structure, references, selectedSectors }: ResultProps) {
  const sectors = sectorsChosenFirst(structure.sectors, references.sectorGroups, selectedSectors);
  const shown = sectors.slice(0, SHOWN_SECTORS);
  const hidden = sectors.slice(SHOWN_SECTORS).map(references.sectorName);
  if (sectors.length === 0 && structure.labels.length === 0) return null;
  return (
    <Group gap={4}>
      {shown.map((slug) => (
        <Badge key={slug} variant="light" color="gray" tt="none" fw={500} maw="100%" miw={0}>
          {references.sectorName(slug)}
        </Badge>
      ))}
      {hidden.length > 0 && (
        <Badge variant="light" color="gray" tt="none" fw={500} title={hidden.join(', ')}>
          <span aria-hidden="true">+{hidden.length}</span>
          <VisuallyHidden>
            {`et ${hidden.length} autre${hidden.length > 1 ? 's' : ''} : ${hidden.join(', ')}`}
          </VisuallyHidden>
        </Badge>
      )}
      {structure.labels.map((label) => (
        <Badge key={label} variant="outline" color="teal.9" tt="none">
          {references.labelName(label)}
        </Badge>
      ))}
    </Group>
  );
}

/** "93100 Montreuil", or null when unknown. */
export function structurePlace(structure: StructureSummary): string | null {
  return [structure.postCode, structure.city].filter(Boolean).join(' ') || null;
}

/** A result on a phone: name, kind, commune and distance, sectors and labels. */
export function StructureResultCard(props: ResultProps) {
  const { structure, references } = props;
  const place = structurePlace(structure);
  return (
    <Stack gap={6}>
      <StructureName structure={structure} />
      <Text size="sm">{references.kindLabel(structure.kind)}</Text>
      {(place || structure.distanceKm != null) && (
        <Text size="sm">
          {place}
          {place && structure.distanceKm != null && ' · '}
          {structure.distanceKm != null && `à ${formatDistance(structure.distanceKm)}`}
        </Text>
      )}
      <StructureTags {...props} />
      <Group>
        <QuoteRequestButton
          structureId={structure.id}
          structureName={structure.name}
          size="xs"
          variant="outline"
        />
      </Group>
    </Stack>
  );
}
