import { Badge } from '@mantine/core';
import { useUnreadSolicitationCount } from '../api/get-my-solicitations';

/** "Opportunités, 3 nouvelles": what the navigation link says to assistive technologies. */
export function opportunitiesLinkLabel(unread: number | undefined): string | undefined {
  if (!unread) return undefined;
  return `Opportunités, ${unread} nouvelle${unread > 1 ? 's' : ''}`;
}

/** How many opportunities were never opened, beside the navigation entry (nothing when none). */
export function useUnreadOpportunities(enabled: boolean) {
  const count = useUnreadSolicitationCount(enabled);
  const unread = count.data ?? 0;
  return {
    ariaLabel: opportunitiesLinkLabel(unread),
    badge:
      unread > 0 ? (
        <Badge size="sm" color="red.9" variant="filled" circle={unread < 10} aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </Badge>
      ) : undefined,
  };
}
