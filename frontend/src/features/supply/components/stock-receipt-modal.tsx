import { Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormModal } from '@/components/form-modal';
import { NumberField } from '@/components/number-field';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { numberRule, parseNumberText } from '@/lib/number-text';
import { saveCallbacks } from '@/lib/save-callbacks';
import { requiredRule } from '@/lib/validation';
import type { ProductView } from '../api/get-stock-products';
import { useReceiveStock, type ReceiptInput } from '../api/receive-stock';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { formatUnits, unitsText } from '../utils/stock-labels';

interface ReceiptValues {
  quantity: string;
  source: string;
  comment: string;
}

function toInput(values: ReceiptValues): ReceiptInput {
  const input: ReceiptInput = {
    quantity: parseNumberText(values.quantity) ?? 0,
    source: values.source.trim(),
  };
  const comment = values.comment.trim();
  if (comment !== '') input.comment = comment;
  return input;
}

/** « Réception »: stock received for one product, recorded once however often it is sent. */
export function StockReceiptModal({
  product,
  onClose,
}: {
  product: ProductView;
  onClose: () => void;
}) {
  const receive = useReceiveStock();
  const attempt = useIdempotencyKey();
  const form = useForm<ReceiptValues>({
    initialValues: { quantity: '', source: '', comment: '' },
    validate: {
      quantity: numberRule({
        integer: true,
        min: 1,
        max: 1_000_000,
        required: 'Indiquez le nombre d’unités reçues.',
      }),
      source: requiredRule('Indiquez la provenance (un don, un achat…).'),
    },
  });
  const { formError, invalidFields, onSubmit, showError, clearError } = useApiFormErrors(form);

  const submit = onSubmit((values) => {
    const body = toInput(values);
    const idempotencyKey = attempt.start(body);
    if (idempotencyKey === null) return;
    clearError();
    receive.mutate(
      { productId: product.id, body, idempotencyKey },
      {
        ...saveCallbacks(
          `Réception enregistrée : ${unitsText(body.quantity)} de « ${product.name} ».`,
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
      title={`Réception : ${product.name}`}
      submitLabel="Enregistrer la réception"
      submitting={receive.isPending}
      formError={formError}
      invalidFields={invalidFields}
      onClose={onClose}
      onSubmit={submit}
    >
      <Text size="sm">
        En stock aujourd’hui : {formatUnits(product.onHand)} (unité : {product.unit}).
        {product.backordered > 0 &&
          ` ${formatUnits(product.backordered)} attendent une livraison : après la réception, lancez une répartition.`}
      </Text>
      <NumberField
        integer
        label={`Quantité reçue (${product.unit})`}
        required
        data-autofocus
        maw={260}
        {...form.getInputProps('quantity')}
      />
      <TextInput
        label="Provenance"
        description="Par exemple « Don de la Région Île-de-France »"
        required
        maxLength={200}
        {...form.getInputProps('source')}
      />
      <Textarea
        label="Commentaire"
        autosize
        minRows={2}
        maxLength={1000}
        {...form.getInputProps('comment')}
      />
    </FormModal>
  );
}
