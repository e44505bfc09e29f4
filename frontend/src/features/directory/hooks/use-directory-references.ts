import type { Schema } from '@/lib/api/types';
import { useDepartments } from '../api/get-departments';
import { usePrestaTypes } from '../api/get-presta-types';
import { useSectors } from '../api/get-sectors';
import { useStructureKinds } from '../api/get-structure-kinds';
import { useStructureLabels } from '../api/get-structure-labels';
import { useStructureNetworks } from '../api/get-structure-networks';

export type SectorGroupView = Schema<'SectorGroupView'>;
export type StructureKind = Schema<'StructureKind'>;
export type PrestaType = Schema<'PrestaType'>;

/** Names of codes, falling back to the code itself while the lists load. */
function lookup<T>(items: T[] | undefined, code: (item: T) => string, name: (item: T) => string) {
  const names = new Map((items ?? []).map((item) => [code(item), name(item)]));
  return (value: string) => names.get(value) ?? value;
}

/** The reference lists the directory shows and filters by, with their names by code. */
export function useDirectoryReferences() {
  const sectors = useSectors();
  const departments = useDepartments();
  const kinds = useStructureKinds();
  const prestaTypes = usePrestaTypes();
  const labels = useStructureLabels();
  const networks = useStructureNetworks();

  const sectorGroups = sectors.data ?? [];
  const allSectors = sectorGroups.flatMap((group) => [group, ...group.sectors]);

  return {
    sectorGroups,
    departments: departments.data ?? [],
    kinds: kinds.data ?? [],
    prestaTypes: prestaTypes.data ?? [],
    labels: labels.data ?? [],
    networks: networks.data ?? [],
    sectorName: lookup(
      allSectors,
      (sector) => sector.slug,
      (sector) => sector.name,
    ),
    departmentName: lookup(
      departments.data,
      (d) => d.code,
      (d) => d.name,
    ),
    kindLabel: lookup(
      kinds.data,
      (kind) => kind.code,
      (kind) => kind.label,
    ),
    prestaTypeLabel: lookup(
      prestaTypes.data,
      (type) => type.code,
      (type) => type.label,
    ),
    labelName: lookup(
      labels.data,
      (label) => label.code,
      (label) => label.name,
    ),
    networkName: lookup(
      networks.data,
      (network) => network.code,
      (network) => network.name,
    ),
  };
}

export type DirectoryReferences = ReturnType<typeof useDirectoryReferences>;
