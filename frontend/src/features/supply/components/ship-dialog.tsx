import { Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormModal } from '@/components/form-modal';
import { NumberField } from '@/components/number-field';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { numberTextError, parseNumberText } from '@/lib/number-text';
import { saveCallbacks } from '@/lib/save-callbacks';
import type { SupplyOrderView } from '../api/get-supply-order';
import { useShipSupplyOrder, type ShipmentInput } from '../api/ship-supply-order';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { renameFields } from '../utils/field-errors';

interface ShippedLine {
  lineId: string;
  productName: string;
  unit: string;
  /** Reserved and not shipped yet: the most this parcel may carry. */
  shippable: number;
  quantity: string;
}

interface ShipValues {
  carrier: string;
  trackingReference: string;
  shippedOn: string;
  lines: ShippedLine[];
}

/** "2026-12-02": today, in the browser's time zone (the date field's format). */
export function localIsoDay(date: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The lines a parcel may carry: not cancelled, with units reserved and not shipped. */
export function shippableLines(order: SupplyOrderView): ShippedLine[] {
  return order.lines.flatMap((line) => {
    const shippable = line.quantityReserved - line.quantityShipped;
    return !line.cancelled && shippable > 0
      ? [
          {
            lineId: line.id,
            productName: line.productName,
            unit: line.unit,
            shippable,
            quantity: String(shippable),
          },
        ]
      : [];
  });
}

function validate(values: ShipValues, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.carrier.trim() === '') errors.carrier = 'Indiquez le transporteur.';
  if (values.shippedOn !== '' && values.shippedOn > today) {
    errors.shippedOn = 'La date d’expédition ne peut pas être dans le futur.';
  }
  values.lines.forEach((line, index) => {
    const error = numberTextError(line.quantity, { integer: true, min: 0 });
    const quantity = parseNumberText(line.quantity) ?? 0;
    if (error) {
      errors[`lines.${index}.quantity`] = error;
    } else if (quantity > line.shippable) {
      errors[`lines.${index}.quantity`] =
        `Au plus ${line.shippable.toLocaleString('fr-FR')} : les unités réservées et pas encore parties.`;
    }
  });
  if (
    Object.keys(errors).length === 0 &&
    values.lines.every((line) => (parseNumberText(line.quantity) ?? 0) === 0)
  ) {
    errors['lines.0.quantity'] = 'Indiquez les unités d’au moins un produit.';
  }
  return errors;
}

interface ShipDialogProps {
  order: SupplyOrderView;
  onClose: () => void;
}

/**
 * « Enregistrer un envoi » (facilitators): carrier, tracking reference, date (today unless
 * said) and units per line, each prefilled with what is reserved and not shipped yet.
 */
export function ShipDialog({ order, onClose }: ShipDialogProps) {
  const ship = useShipSupplyOrder();
  const key = useIdempotencyKey();
  const today = localIsoDay();
  const form = useForm<ShipValues>({
    initialValues: {
      carrier: '',
      trackingReference: '',
      shippedOn: today,
      lines: shippableLines(order),
    },
    validate: (values) => validate(values, today),
  });
  const { formError, invalidFields, onSubmit, showError, clearError } = useApiFormErrors(form);
  const values = form.getValues();

  const submit = onSubmit((submitted: ShipValues) => {
    clearError();
    // Lines with no unit stay out of the parcel; the API names the others by their index.
    const sent = submitted.lines
      .map((line, index) => ({
        index,
        lineId: line.lineId,
        quantity: parseNumberText(line.quantity) ?? 0,
      }))
      .filter((line) => line.quantity > 0);
    const body: ShipmentInput = {
      carrier: submitted.carrier.trim(),
      ...(submitted.trackingReference.trim()
        ? { trackingReference: submitted.trackingReference.trim() }
        : {}),
      ...(submitted.shippedOn ? { shippedOn: submitted.shippedOn } : {}),
      lines: sent.map(({ lineId, quantity }) => ({ lineId, quantity })),
    };
    ship.mutate(
      { id: order.id, body, idempotencyKey: key.keyFor(body) },
      saveCallbacks(
        'Envoi enregistré.',
        () => {
          key.done();
          onClose();
        },
        (error) =>
          showError(
            renameFields(error, (field) =>
              field.replace(/^lines\[(\d+)\]/, (_, index: string) => {
                const line = sent[Number(index)];
                return `lines.${line ? line.index : 0}`;
              }),
            ),
          ),
      ),
    );
  });

  return (
    <FormModal
      opened
      title="Enregistrer un envoi"
      submitLabel="Enregistrer l’envoi"
      submitting={ship.isPending}
      formError={formError}
      invalidFields={invalidFields}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextInput
        label="Transporteur"
        description="Par exemple : La Poste Colissimo, livraison par l’équipe"
        required
        maxLength={100}
        data-autofocus
        {...form.getInputProps('carrier')}
      />
      <TextInput
        label="Numéro de suivi"
        maxLength={100}
        {...form.getInputProps('trackingReference')}
      />
      <TextInput
        type="date"
        label="Date d’expédition"
        max={today}
        {...form.getInputProps('shippedOn')}
      />
      <Stack gap="sm" component="fieldset" p={0} m={0} style={{ border: 0, minWidth: 0 }}>
        <Text component="legend" size="sm" fw={500} mb={4}>
          Unités dans ce colis
        </Text>
        {values.lines.map((line, index) => (
          <NumberField
            key={line.lineId}
            integer
            label={line.productName}
            description={`${line.shippable.toLocaleString('fr-FR')} réservée${line.shippable > 1 ? 's' : ''} et pas encore partie${line.shippable > 1 ? 's' : ''} (unité : ${line.unit})`}
            {...form.getInputProps(`lines.${index}.quantity`)}
          />
        ))}
      </Stack>
    </FormModal>
  );
}
