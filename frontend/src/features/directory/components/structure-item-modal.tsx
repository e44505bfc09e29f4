import type { ComponentProps, ReactNode } from 'react';
import { FormModal } from '@/components/form-modal';
import { StaleNotice } from '@/components/stale-notice';
import { saveCallbacks } from '@/lib/save-callbacks';
import { etagOf } from '../api/get-structure';

interface SaveCallbacks {
  onSuccess: () => void;
  onError: (error: Error) => void;
}

/** The create and update mutations of one kind of item of a structure (activity, offer). */
export interface StructureItemMutations<Body> {
  create: {
    mutate(variables: { structureId: string; body: Body }, callbacks: SaveCallbacks): void;
    isPending: boolean;
  };
  update: {
    mutate(variables: { id: string; ifMatch: string; body: Body }, callbacks: SaveCallbacks): void;
    isPending: boolean;
  };
}

interface SaveOptions<Body> extends StructureItemMutations<Body> {
  structureId: string;
  editing: { id: string; version: number } | null;
  successMessage: (body: Body) => string;
  showError: (error: unknown) => void;
  onClose: () => void;
}

/**
 * Saves an item of a structure: creates it, or updates it with the ETag it was
 * read with (a stale one is reported by showError), then notifies and closes.
 */
export function useStructureItemSave<Body>({
  structureId,
  editing,
  create,
  update,
  successMessage,
  showError,
  onClose,
}: SaveOptions<Body>) {
  const save = (body: Body) => {
    const callbacks = saveCallbacks(successMessage(body), onClose, showError);
    if (editing) {
      update.mutate({ id: editing.id, ifMatch: etagOf(editing), body }, callbacks);
    } else {
      create.mutate({ structureId, body }, callbacks);
    }
  };
  return { save, submitting: create.isPending || update.isPending };
}

interface StructureItemModalProps {
  title: string;
  submitLabel: string;
  submitting: boolean;
  formError: string | null;
  stale: boolean;
  onReload: () => void;
  onClose: () => void;
  onSubmit: NonNullable<ComponentProps<'form'>['onSubmit']>;
  children: ReactNode;
}

/** The dialog of an activity or an offer, with the "reload" offer when someone saved first. */
export function StructureItemModal({
  stale,
  onReload,
  onClose,
  ...props
}: StructureItemModalProps) {
  return (
    <FormModal
      opened
      {...props}
      notice={
        stale && (
          <StaleNotice
            onReload={() => {
              onReload();
              onClose();
            }}
          />
        )
      }
      onClose={onClose}
    />
  );
}
