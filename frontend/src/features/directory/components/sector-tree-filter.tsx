import { ActionIcon, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { SectorGroupView } from '../hooks/use-directory-references';
import { groupState, isSectorSelected, toggleGroup, toggleSector } from '../utils/sector-selection';
import { type FacetCounts, withCount } from './facet-label';

interface SectorTreeFilterProps {
  groups: SectorGroupView[];
  selected: string[];
  onChange: (selected: string[]) => void;
  /** Structures by sector group over the current results, when known. */
  counts?: FacetCounts | undefined;
}

/** Sector groups, each opening onto its sectors; a group's box selects all its sectors. */
export function SectorTreeFilter({ groups, selected, onChange, counts }: SectorTreeFilterProps) {
  const [expanded, setExpanded] = useState<string[]>([]);
  const toggleExpanded = (slug: string) => {
    setExpanded((current) =>
      current.includes(slug) ? current.filter((s) => s !== slug) : [...current, slug],
    );
  };

  return (
    <Stack gap={4} component="fieldset" p={0} m={0} style={{ border: 0 }}>
      <Text component="legend" size="sm" fw={500} mb={4}>
        Secteurs d’activité
      </Text>
      {groups.map((group) => {
        const state = groupState(group, selected);
        const open = expanded.includes(group.slug);
        const listId = `secteurs-${group.slug}`;
        return (
          <div key={group.slug}>
            <Group gap={4} wrap="nowrap" align="flex-start">
              <ActionIcon
                variant="subtle"
                size="sm"
                onClick={() => toggleExpanded(group.slug)}
                aria-expanded={open}
                aria-controls={listId}
                aria-label={`${open ? 'Masquer' : 'Afficher'} les secteurs : ${group.name}`}
              >
                <span aria-hidden="true">{open ? '▾' : '▸'}</span>
              </ActionIcon>
              <Checkbox
                size="sm"
                label={withCount(group.name, counts, group.slug)}
                checked={state === 'all'}
                indeterminate={state === 'some'}
                onChange={() => onChange(toggleGroup(group, selected))}
              />
            </Group>
            {open && (
              <Stack id={listId} gap={4} pl={56} py={4}>
                {group.sectors.map((sector) => (
                  <Checkbox
                    key={sector.slug}
                    size="xs"
                    label={sector.name}
                    checked={isSectorSelected(group, sector.slug, selected)}
                    onChange={() => onChange(toggleSector(group, sector.slug, selected))}
                  />
                ))}
              </Stack>
            )}
          </div>
        );
      })}
    </Stack>
  );
}
