import { Outlet } from 'react-router';
import {
  OnboardingToolsProvider,
  type OnboardingTools,
  type OrganisationFieldProps,
} from '@/features/onboarding/components/onboarding-tools';
import { BuyerOrganisationSelect } from '@/features/sourcing/components/buyer-organisation-select';

/** An organisation to merge into: sourcing's picker of the active buyer organisations. */
function OrganisationField(props: OrganisationFieldProps) {
  return <BuyerOrganisationSelect {...props} />;
}

const tools: OnboardingTools = { OrganisationField };

/** The facilitators' review pages, given the buyer organisations' picker. */
export function OnboardingWithOrganisations() {
  return (
    <OnboardingToolsProvider value={tools}>
      <Outlet />
    </OnboardingToolsProvider>
  );
}
