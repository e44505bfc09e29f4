import { Checkbox, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { FormModal } from '@/components/form-modal';
import { NumberField } from '@/components/number-field';
import { StaleNotice } from '@/components/stale-notice';
import { useApiFormErrors } from '@/hooks/use-api-form';
import type { FormModalTarget } from '@/hooks/use-form-modal-state';
import { numberRule, numberText, parseNumberText } from '@/lib/number-text';
import { saveCallbacks } from '@/lib/save-callbacks';
import { requiredRule } from '@/lib/validation';
import { productsQueryKey, type ProductView } from '../api/get-stock-products';
import { useSaveProduct, type ProductInput } from '../api/save-product';

interface ProductValues {
  sku: string;
  name: string;
  unit: string;
  maxPerOrder: string;
  active: boolean;
}

function valuesOf(product: ProductView | null): ProductValues {
  return {
    sku: product?.sku ?? '',
    name: product?.name ?? '',
    unit: product?.unit ?? '',
    maxPerOrder: numberText(product?.maxPerOrder),
    active: product?.active ?? true,
  };
}

function toInput(values: ProductValues): ProductInput {
  const input: ProductInput = {
    sku: values.sku.trim(),
    name: values.name.trim(),
    unit: values.unit.trim(),
    active: values.active,
  };
  const maxPerOrder = parseNumberText(values.maxPerOrder);
  if (maxPerOrder !== undefined) input.maxPerOrder = maxPerOrder;
  return input;
}

/** The server's rule for a reference: letters, digits and - _ . /, no space. */
const SKU = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

function skuRule(value: string): string | null {
  const sku = value.trim();
  if (sku === '') return 'Donnez la référence du produit.';
  if (sku.length > 40) return 'La référence compte au plus 40 caractères.';
  return SKU.test(sku)
    ? null
    : 'Lettres, chiffres et - _ . / seulement, sans espace, en commençant par une lettre ou un chiffre.';
}

/** Creates a product of the catalogue, or rewrites one (never its stock: receipts and adjustments do). */
export function ProductFormModal({
  target,
  onClose,
}: {
  target: FormModalTarget<ProductView>;
  onClose: () => void;
}) {
  const existing = target.mode === 'edit' ? target.item : null;
  const save = useSaveProduct();
  const queryClient = useQueryClient();
  const form = useForm<ProductValues>({
    initialValues: valuesOf(existing),
    validate: {
      sku: skuRule,
      name: requiredRule('Donnez le nom du produit.'),
      unit: requiredRule('Indiquez l’unité (par exemple « boîte »).'),
      maxPerOrder: numberRule({ integer: true, min: 1, max: 1_000_000 }),
    },
  });
  const { formError, invalidFields, stale, onSubmit, showError, clearError } =
    useApiFormErrors(form);

  const submit = onSubmit((values) => {
    clearError();
    const body = toInput(values);
    save.mutate(
      { existing, body },
      saveCallbacks(
        existing ? `Produit « ${body.name} » modifié.` : `Produit « ${body.name} » ajouté.`,
        onClose,
        showError,
      ),
    );
  });

  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: productsQueryKey });
    onClose();
  };

  return (
    <FormModal
      opened
      title={existing ? `Modifier « ${existing.name} »` : 'Nouveau produit'}
      submitLabel={existing ? 'Enregistrer' : 'Ajouter le produit'}
      submitting={save.isPending}
      formError={formError}
      invalidFields={invalidFields}
      notice={stale && <StaleNotice onReload={reload} />}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextInput
        label="Nom"
        description="Par exemple « Masque FFP2 — boîte de 20 »"
        required
        data-autofocus
        maxLength={200}
        {...form.getInputProps('name')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Référence"
          description="Unique : lettres, chiffres et - _ . /"
          required
          maxLength={40}
          autoComplete="off"
          {...form.getInputProps('sku')}
        />
        <TextInput
          label="Unité"
          description="Ce qu’on compte : boîte, flacon…"
          required
          maxLength={40}
          {...form.getInputProps('unit')}
        />
      </SimpleGrid>
      <NumberField
        integer
        label="Maximum par commande"
        description="Laissez vide pour ne pas limiter les commandes."
        maw={260}
        {...form.getInputProps('maxPerOrder')}
      />
      <Checkbox
        label="Produit actif (les structures peuvent le commander)"
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
    </FormModal>
  );
}
