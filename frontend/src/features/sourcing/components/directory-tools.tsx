import { createContext, use, type ComponentType, type ReactNode } from 'react';
import type { Schema } from '@/lib/api/types';

/** A commune chosen as the place of a need: its name, its centre, its department when known. */
export interface PlacePoint {
  /** "Montreuil (93)" */
  name: string;
  latitude: number;
  longitude: number;
  department?: string;
}

export interface CommuneFieldProps {
  label: string;
  value: PlacePoint | null;
  onChange: (place: PlacePoint | null) => void;
  description?: string;
  error?: ReactNode;
  required?: boolean;
}

export interface SectorFieldProps {
  selected: string[];
  onChange: (selected: string[]) => void;
}

/** A structure of the directory, as a need names it (targeted, awarded). */
export interface StructureChoice {
  id: string;
  name: string;
}

export interface StructureFieldProps {
  label: string;
  value: StructureChoice | null;
  onChange: (structure: StructureChoice | null) => void;
  /** Offered first, before anything is typed (e.g. the structures that answered). */
  suggestions?: StructureChoice[];
  error?: ReactNode;
  required?: boolean;
}

/** The reference lists a need is written with, and the names of their codes. */
export interface SourcingReferences {
  sectorGroups: Schema<'SectorGroupView'>[];
  departments: Schema<'DepartmentView'>[];
  kinds: Schema<'StructureKindView'>[];
  prestaTypes: Schema<'PrestaTypeView'>[];
  sectorName: (slug: string) => string;
  departmentName: (code: string) => string;
  kindLabel: (code: string) => string;
  prestaTypeLabel: (code: string) => string;
}

/**
 * What sourcing takes from the directory: its reference lists and its pickers (commune, sector
 * tree, structure search). Features do not import each other; the app composes them by giving
 * this to the sourcing pages (`DirectoryToolsProvider`).
 */
export interface DirectoryTools {
  useReferences: () => SourcingReferences;
  /** The structure's name, once loaded. */
  useStructureName: (id: string) => string | undefined;
  CommuneField: ComponentType<CommuneFieldProps>;
  SectorField: ComponentType<SectorFieldProps>;
  StructureField: ComponentType<StructureFieldProps>;
}

const DirectoryToolsContext = createContext<DirectoryTools | null>(null);

export const DirectoryToolsProvider = DirectoryToolsContext.Provider;

export function useDirectoryTools(): DirectoryTools {
  const tools = use(DirectoryToolsContext);
  if (!tools) throw new Error('The sourcing pages need a DirectoryToolsProvider (src/app).');
  return tools;
}
