import { Button, Group, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { AppliedFilter } from '../utils/applied-filters';

interface AppliedFilterChipsProps {
  filters: AppliedFilter[];
  onRemove: (filter: AppliedFilter) => void;
  onClearAll: () => void;
  /** Where focus goes once no chip is left (the search box). */
  onEmptied: () => void;
}

/**
 * The applied filters as chips, each removed by its own button, and "Tout effacer". After a
 * removal, focus moves to the chip that took its place (or "Tout effacer"), never to the page top.
 */
export function AppliedFilterChips({
  filters,
  onRemove,
  onClearAll,
  onEmptied,
}: AppliedFilterChipsProps) {
  const list = useRef<HTMLDivElement>(null);
  // The place of the chip just removed, to focus its neighbour once the list has changed.
  const removedIndex = useRef<number | null>(null);

  useEffect(() => {
    const index = removedIndex.current;
    if (index === null) return;
    removedIndex.current = null;
    const buttons = list.current?.querySelectorAll('button');
    if (buttons?.length) buttons[Math.min(index, buttons.length - 1)]?.focus();
    else onEmptied();
  }, [filters, onEmptied]);

  if (filters.length === 0) return null;
  return (
    <Group gap="xs" align="center" ref={list}>
      <Text size="sm" id="filtres-appliques" fw={500}>
        Filtres appliqués :
      </Text>
      <Group
        component="ul"
        gap={6}
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-labelledby="filtres-appliques"
      >
        {filters.map((filter, index) => (
          <li key={filter.key} style={{ maxWidth: '100%' }}>
            <Button
              size="compact-sm"
              variant="light"
              radius="xl"
              maw="100%"
              rightSection={<span aria-hidden="true">×</span>}
              aria-label={`Retirer le filtre ${filter.label}`}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
              h="auto"
              mih={26}
              onClick={() => {
                removedIndex.current = index;
                onRemove(filter);
              }}
            >
              {filter.label}
            </Button>
          </li>
        ))}
        <li>
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => {
              onClearAll();
              onEmptied();
            }}
          >
            Tout effacer
          </Button>
        </li>
      </Group>
    </Group>
  );
}
