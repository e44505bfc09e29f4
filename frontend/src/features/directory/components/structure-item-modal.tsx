import { useForm, type FormValidateInput, type UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { FormModal } from '@/components/form-modal';
import { StaleNotice } from '@/components/stale-notice';
import { useApiFormErrors } from '@/hooks/use-api-form';
import type { FormModalTarget } from '@/hooks/use-form-modal-state';
import { saveCallbacks } from '@/lib/save-callbacks';
import { etagOf } from '../api/get-structure';
import type { DirectoryReferences } from '../hooks/use-directory-references';

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

/** An item as the API sends it: edited with the version it was read with. */
interface VersionedItem {
  id: string;
  version: number;
}

/**
 * What differs between an activity and an offer: the words, the form's
 * values and rules, the body sent, and the fields. The dialog, the submit,
 * the errors and the If-Match are the same for both (StructureItemModal).
 */
export interface StructureItemKind<
  Item extends VersionedItem,
  Values extends Record<string, unknown>,
  Body,
> {
  titles: { create: string; edit: string };
  submitLabels: { create: string; edit: string };
  successMessage: (body: Body, editing: boolean) => string;
  initialValues: (item: Item | null) => Values;
  validate: FormValidateInput<Values>;
  /** The body to send, from validated values. */
  toBody: (values: Values) => Body | null;
  Fields: (props: {
    form: UseFormReturnType<Values>;
    references: DirectoryReferences;
  }) => ReactNode;
}

interface StructureItemModalProps<
  Item extends VersionedItem,
  Values extends Record<string, unknown>,
  Body,
> extends StructureItemMutations<Body> {
  kind: StructureItemKind<Item, Values, Body>;
  structureId: string;
  target: FormModalTarget<Item>;
  references: DirectoryReferences;
  onClose: () => void;
  /** Fetches the structure again after a concurrent change. */
  onReload: () => void;
}

/**
 * The dialog that adds or changes an item of a structure: creates it, or
 * updates it with the ETag it was read with; a refused field goes next to its
 * input (summed up at the top), a stale write offers to reload.
 */
export function StructureItemModal<
  Item extends VersionedItem,
  Values extends Record<string, unknown>,
  Body,
>({
  kind,
  structureId,
  target,
  references,
  create,
  update,
  onClose,
  onReload,
}: StructureItemModalProps<Item, Values, Body>) {
  const editing = target.mode === 'edit' ? target.item : null;
  const form = useForm<Values>({
    initialValues: kind.initialValues(editing),
    validate: kind.validate,
  });
  const { formError, stale, invalidFields, onSubmit, showError, clearError } =
    useApiFormErrors(form);

  const submit = onSubmit((values: Values) => {
    const body = kind.toBody(values);
    if (body === null) return;
    clearError();
    const callbacks = saveCallbacks(
      kind.successMessage(body, editing !== null),
      onClose,
      showError,
    );
    if (editing) {
      update.mutate({ id: editing.id, ifMatch: etagOf(editing), body }, callbacks);
    } else {
      create.mutate({ structureId, body }, callbacks);
    }
  });

  const { Fields } = kind;
  return (
    <FormModal
      opened
      title={editing ? kind.titles.edit : kind.titles.create}
      submitLabel={editing ? kind.submitLabels.edit : kind.submitLabels.create}
      submitting={create.isPending || update.isPending}
      formError={formError}
      invalidFields={invalidFields}
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
      onSubmit={submit}
    >
      <Fields form={form} references={references} />
    </FormModal>
  );
}
