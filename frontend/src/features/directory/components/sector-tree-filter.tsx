import { Badge, Checkbox, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { SectorGroupView } from '../hooks/use-directory-references';
import {
  groupState,
  isSectorSelected,
  toggleGroup,
  toggleSector,
  type GroupState,
} from '../utils/sector-selection';
import { type FacetCounts, withCount } from './facet-label';
import classes from './sector-tree-filter.module.css';

interface SectorTreeFilterProps {
  groups: SectorGroupView[];
  selected: string[];
  onChange: (selected: string[]) => void;
  /** Structures by sector group over the current results, when known. */
  counts?: FacetCounts | undefined;
}

function choiceSummary(state: GroupState, group: SectorGroupView, selected: string[]) {
  if (state === 'all') return 'tout le groupe';
  if (state === 'none') return null;
  const chosen = group.sectors.filter((sector) => selected.includes(sector.slug)).length;
  return `${chosen} choisi${chosen > 1 ? 's' : ''}`;
}

/**
 * Sector groups, closed: one button (one tab stop) per group, which opens onto a box for the whole
 * group and one per sector. A group with something chosen says so on its button.
 */
export function SectorTreeFilter({ groups, selected, onChange, counts }: SectorTreeFilterProps) {
  const [expanded, setExpanded] = useState<string[]>([]);
  const toggleExpanded = (slug: string) => {
    setExpanded((current) =>
      current.includes(slug) ? current.filter((s) => s !== slug) : [...current, slug],
    );
  };

  return (
    <Stack gap={2} component="fieldset" p={0} m={0} style={{ border: 0, minWidth: 0 }}>
      <Text component="legend" size="sm" fw={500} mb={4}>
        Secteurs d’activité
      </Text>
      {groups.map((group) => {
        const state = groupState(group, selected);
        const open = expanded.includes(group.slug);
        const listId = `secteurs-${group.slug}`;
        const summary = choiceSummary(state, group, selected);
        const groupLabel = withCount(group.name, counts, group.slug);
        return (
          <div key={group.slug}>
            <UnstyledButton
              className={classes.toggle}
              onClick={() => toggleExpanded(group.slug)}
              aria-expanded={open}
              aria-controls={listId}
              // The visible text, after what the button does.
              aria-label={`${open ? 'Masquer' : 'Afficher'} les secteurs : ${groupLabel}${summary ? ` · ${summary}` : ''}`}
            >
              <Group gap={6} wrap="nowrap" align="flex-start">
                <span aria-hidden="true" className={classes.caret}>
                  {open ? '▾' : '▸'}
                </span>
                <Text size="sm" component="span" style={{ flex: 1 }}>
                  {groupLabel}
                  {summary && (
                    <>
                      {' '}
                      <Badge size="xs" variant="light" component="span">
                        {summary}
                      </Badge>
                    </>
                  )}
                </Text>
              </Group>
            </UnstyledButton>
            {open && (
              <Stack id={listId} gap={4} pl={22} py={4}>
                <Checkbox
                  size="sm"
                  label={`Tout le groupe « ${group.name} »`}
                  checked={state === 'all'}
                  indeterminate={state === 'some'}
                  onChange={() => onChange(toggleGroup(group, selected))}
                />
                {group.sectors.map((sector) => (
                  <Checkbox
                    key={sector.slug}
                    size="xs"
                    pl="md"
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
