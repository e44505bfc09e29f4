import { Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormModal } from '@/components/form-modal';
import { NumberField } from '@/components/number-field';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { numberTextError, parseNumberText } from '@/lib/number-text';
import { saveCallbacks } from '@/lib/save-callbacks';
import { requiredRule } from '@/lib/validation';
import { useAdjustStock, type AdjustmentInput } from '../api/adjust-stock';
import type { ProductView } from '../api/get-stock-products';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { formatSignedUnits, formatUnits } from '../utils/stock-labels';

interface AdjustmentValues {
  quantity: string;
  comment: string;
}

function quantityRule(value: string): string | null {
  const error = numberTextError(value, {
    integer: true,
    min: -1_000_000,
    max: 1_000_000,
    required: 'Indiquez le nombre d’unités à ajouter ou à retirer.',
  });
  if (error) return error;
  return parseNumberText(value) === 0 ? 'Un ajustement ajoute ou retire au moins une unité.' : null;
}

/** « Ajustement »: the units on hand corrected after a count, always explained. */
export function StockAdjustmentModal({
  product,
  onClose,
}: {
  product: ProductView;
  onClose: () => void;
}) {
  const adjust = useAdjustStock();
  const attempt = useIdempotencyKey();
  const form = useForm<AdjustmentValues>({
    initialValues: { quantity: '', comment: '' },
    validate: {
      quantity: quantityRule,
      comment: requiredRule(
        'Expliquez l’ajustement (par exemple « Inventaire : 3 boîtes abîmées »).',
      ),
    },
  });
  const { formError, invalidFields, onSubmit, showError, clearError } = useApiFormErrors(form);

  const submit = onSubmit((values) => {
    const body: AdjustmentInput = {
      quantity: parseNumberText(values.quantity) ?? 0,
      comment: values.comment.trim(),
    };
    const idempotencyKey = attempt.start(body);
    if (idempotencyKey === null) return;
    clearError();
    adjust.mutate(
      { productId: product.id, body, idempotencyKey },
      {
        ...saveCallbacks(
          `Ajustement enregistré : ${formatSignedUnits(body.quantity)} pour « ${product.name} ».`,
          onClose,
          showError,
        ),
        onSettled: attempt.finish,
      },
    );
  });

  return (
    <FormModal
      opened
      title={`Ajustement : ${product.name}`}
      submitLabel="Enregistrer l’ajustement"
      submitting={adjust.isPending}
      formError={formError}
      invalidFields={invalidFields}
      onClose={onClose}
      onSubmit={submit}
    >
      <Text size="sm">
        En stock : {formatUnits(product.onHand)}, dont {formatUnits(product.reserved)} réservé
        {product.reserved > 1 ? 's' : ''} pour des commandes (on ne peut retirer que les{' '}
        {formatUnits(product.available)} disponibles).
      </Text>
      <NumberField
        label={`Unités ajoutées ou retirées (${product.unit})`}
        description="Positif pour ajouter, négatif pour retirer : -3 retire 3 unités."
        required
        data-autofocus
        inputMode="text"
        maw={320}
        {...form.getInputProps('quantity')}
      />
      <Textarea
        label="Commentaire"
        description="Pourquoi ce changement : inventaire, casse, erreur de saisie…"
        required
        autosize
        minRows={2}
        maxLength={1000}
        {...form.getInputProps('comment')}
      />
    </FormModal>
  );
}
