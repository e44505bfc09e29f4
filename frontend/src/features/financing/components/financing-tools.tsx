import { createContext, use, type ComponentType } from 'react';

/** A structure found in the directory. */
export interface PickedStructure {
  id: string;
  name: string;
}

export interface StructurePickerProps {
  label: string;
  description?: string;
  onPick: (structure: PickedStructure) => void;
  error?: string | null;
  disabled?: boolean;
  id?: string;
}

/**
 * What the financing pages borrow from other features, given by the app (features do not import
 * each other): the directory's structure picker, the one sourcing and supplies use.
 */
export interface FinancingTools {
  StructurePicker: ComponentType<StructurePickerProps>;
}

const FinancingToolsContext = createContext<FinancingTools | null>(null);

export const FinancingToolsProvider = FinancingToolsContext.Provider;

export function useFinancingTools(): FinancingTools {
  const tools = use(FinancingToolsContext);
  if (tools === null) {
    throw new Error(
      'FinancingToolsProvider is missing: the app gives the financing pages their tools.',
    );
  }
  return tools;
}
