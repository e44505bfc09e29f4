import type { Schema } from '@/lib/api/types';

type SectorGroup = Schema<'SectorGroupView'>;

/*
 * The sector filter is a list of slugs where a group's slug stands for all its
 * sectors (as the API reads it). These functions keep it in that compact form:
 * a group whose every sector is chosen is written as the group.
 */

export type GroupState = 'all' | 'some' | 'none';

export function groupState(group: SectorGroup, selected: string[]): GroupState {
  if (selected.includes(group.slug)) return 'all';
  const chosen = group.sectors.filter((sector) => selected.includes(sector.slug)).length;
  if (chosen === 0) return 'none';
  return chosen === group.sectors.length ? 'all' : 'some';
}

export function isSectorSelected(group: SectorGroup, slug: string, selected: string[]): boolean {
  return selected.includes(group.slug) || selected.includes(slug);
}

function withoutGroup(group: SectorGroup, selected: string[]): string[] {
  const slugs = new Set([group.slug, ...group.sectors.map((sector) => sector.slug)]);
  return selected.filter((slug) => !slugs.has(slug));
}

/** Choosing a group chooses all its sectors; choosing it again clears them. */
export function toggleGroup(group: SectorGroup, selected: string[]): string[] {
  const others = withoutGroup(group, selected);
  return groupState(group, selected) === 'all' ? others : [...others, group.slug];
}

export function toggleSector(group: SectorGroup, slug: string, selected: string[]): string[] {
  const chosen = new Set(
    group.sectors
      .map((sector) => sector.slug)
      .filter((candidate) => isSectorSelected(group, candidate, selected)),
  );
  if (chosen.has(slug)) chosen.delete(slug);
  else chosen.add(slug);
  const others = withoutGroup(group, selected);
  if (chosen.size === group.sectors.length) return [...others, group.slug];
  return [...others, ...group.sectors.map((sector) => sector.slug).filter((s) => chosen.has(s))];
}

/**
 * A structure's sectors without repeats, those the search asks for first (chosen directly or
 * through their group), to show the reason it was found before the rest.
 */
export function sectorsChosenFirst(
  slugs: string[],
  groups: SectorGroup[],
  selected: string[],
): string[] {
  const groupOf = new Map(
    groups.flatMap((group) => group.sectors.map((sector) => [sector.slug, group.slug] as const)),
  );
  const chosen = (slug: string) =>
    selected.includes(slug) || selected.includes(groupOf.get(slug) ?? slug);
  const unique = [...new Set(slugs)];
  return [...unique.filter(chosen), ...unique.filter((slug) => !chosen(slug))];
}
