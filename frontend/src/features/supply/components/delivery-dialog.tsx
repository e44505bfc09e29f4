import { useForm } from '@mantine/form';
import { FormModal } from '@/components/form-modal';
import { StaleNotice } from '@/components/stale-notice';
import { useApiFormErrors } from '@/hooks/use-api-form';
import { saveCallbacks } from '@/lib/save-callbacks';
import { useChangeSupplyOrderDelivery } from '../api/change-supply-order-delivery';
import type { SupplyOrderView } from '../api/get-supply-order';
import { renameFields } from '../utils/field-errors';
import {
  deliveryInput,
  deliveryValues,
  validateDelivery,
  type DeliveryValues,
} from '../utils/order-form-values';
import { DeliveryFields } from './delivery-fields';

interface DeliveryDialogProps {
  order: SupplyOrderView;
  /** The ETag the order was read with. */
  etag: string | null;
  /** After a 412: read the order again (the dialog then shows its delivery). */
  onReload: () => Promise<SupplyOrderView | undefined>;
  onClose: () => void;
}

/** « Changer l'adresse de livraison », until the order has wholly shipped. */
export function DeliveryDialog({ order, etag, onReload, onClose }: DeliveryDialogProps) {
  const change = useChangeSupplyOrderDelivery();
  // Once sent, an order needs every part but the e-mail.
  const required = order.status !== 'DRAFT';
  const form = useForm<{ delivery: DeliveryValues }>({
    initialValues: { delivery: deliveryValues(order.delivery) },
    validate: (values) => validateDelivery(values.delivery, required),
  });
  const { formError, stale, invalidFields, onSubmit, showError, clearError } =
    useApiFormErrors(form);

  const submit = onSubmit((values: { delivery: DeliveryValues }) => {
    clearError();
    change.mutate(
      { id: order.id, etag, body: deliveryInput(values.delivery) },
      saveCallbacks('Adresse de livraison changée.', onClose, (error) =>
        // The API names the body's fields (postCode), or the order's (delivery.postCode).
        showError(
          renameFields(error, (field) =>
            field.startsWith('delivery.') ? field : `delivery.${field}`,
          ),
        ),
      ),
    );
  });

  const reload = () => {
    void onReload().then((fresh) => {
      clearError();
      if (fresh) form.setValues({ delivery: deliveryValues(fresh.delivery) });
    });
  };

  return (
    <FormModal
      opened
      title="Changer l’adresse de livraison"
      submitLabel="Enregistrer l’adresse"
      submitting={change.isPending}
      formError={formError}
      invalidFields={invalidFields}
      notice={stale ? <StaleNotice onReload={reload} /> : undefined}
      onClose={onClose}
      onSubmit={submit}
    >
      <DeliveryFields form={form} required={required} />
    </FormModal>
  );
}
