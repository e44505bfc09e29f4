import type { SectorGroupView } from '../hooks/use-directory-references';

/** The sectors for a Select, grouped under their group's name. */
export function sectorOptions(groups: SectorGroupView[]) {
  return groups.map((group) => ({
    group: group.name,
    items: group.sectors.map((sector) => ({ value: sector.slug, label: sector.name })),
  }));
}
