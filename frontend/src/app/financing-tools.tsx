import { Outlet } from 'react-router';
import {
  FinancingToolsProvider,
  type FinancingTools,
} from '@/features/financing/components/financing-tools';
import { StructurePicker } from '@/features/sourcing/components/structure-picker';

const tools: FinancingTools = { StructurePicker };

/** The financing pages, given the directory's structure picker (the one sourcing uses). */
export function FinancingWithDirectory() {
  return (
    <FinancingToolsProvider value={tools}>
      <Outlet />
    </FinancingToolsProvider>
  );
}
