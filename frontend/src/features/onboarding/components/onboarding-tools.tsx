import { createContext, use, type ComponentType, type ReactNode } from 'react';

export interface OrganisationFieldProps {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: ReactNode;
}

/**
 * What the facilitators' review takes from elsewhere: a picker of the existing buyer
 * organisations (to merge a new one into). The app gives it (`OnboardingToolsProvider`).
 */
export interface OnboardingTools {
  OrganisationField: ComponentType<OrganisationFieldProps>;
}

const OnboardingToolsContext = createContext<OnboardingTools | null>(null);

export const OnboardingToolsProvider = OnboardingToolsContext.Provider;

export function useOnboardingTools(): OnboardingTools {
  const tools = use(OnboardingToolsContext);
  if (!tools) throw new Error('The review pages need an OnboardingToolsProvider (src/app).');
  return tools;
}
