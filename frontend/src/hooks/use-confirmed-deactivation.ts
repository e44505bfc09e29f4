import { useState } from 'react';

/**
 * The switch of an administration row: activating applies at once, deactivating (which takes
 * someone's access away) first opens a confirmation. `apply` calls `onDone` once saved, which
 * closes the confirmation; `onAsk` runs when it opens (e.g. to clear a previous failure).
 */
export function useConfirmedDeactivation<T>(
  apply: (item: T, active: boolean, onDone?: () => void) => void,
  onAsk?: () => void,
) {
  const [target, setTarget] = useState<T | null>(null);
  return {
    /** The row waiting for confirmation, if any. */
    target,
    toggle: (item: T, active: boolean) => {
      if (active) {
        apply(item, true);
        return;
      }
      onAsk?.();
      setTarget(item);
    },
    confirm: () => {
      if (target !== null) apply(target, false, () => setTarget(null));
    },
    cancel: () => setTarget(null),
  };
}
