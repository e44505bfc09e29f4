import { useState } from 'react';

export type FormModalTarget<T> = { mode: 'create' } | { mode: 'edit'; item: T };

/** Which create/edit dialog is open, if any. Remount the dialog per target so its form starts fresh. */
export function useFormModalState<T>() {
  const [target, setTarget] = useState<FormModalTarget<T> | null>(null);
  return {
    target,
    openCreate: () => {
      setTarget({ mode: 'create' });
    },
    openEdit: (item: T) => {
      setTarget({ mode: 'edit', item });
    },
    close: () => {
      setTarget(null);
    },
  };
}
