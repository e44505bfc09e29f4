import {
  Alert,
  Box,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRef, useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { FormErrorSummary } from '@/components/form-error-summary';
import { NumberField } from '@/components/number-field';
import { ProblemMessage } from '@/components/problem-message';
import { StaleNotice } from '@/components/stale-notice';
import { paths } from '@/config/paths';
import { useInvalidFieldFocus } from '@/hooks/use-invalid-field-focus';
import { formErrors, isStaleWrite } from '@/lib/api/problem';
import { numberTextError, parseNumberText } from '@/lib/number-text';
import type { StructureSummary } from '../api/get-my-structures';
import type { ProductView } from '../api/get-products';
import type { SupplyOrderLineView } from '../api/get-supply-order';
import { useSaveSupplyOrder } from '../api/save-supply-order';
import { useSubmitSupplyOrder } from '../api/submit-supply-order';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { describeAvailability } from '../utils/labels';
import {
  deliveryValues,
  formFieldOf,
  isBlankDelivery,
  quantityField,
  toOrderInput,
  validateOrder,
  type OrderFormValues,
  type OrderIntent,
} from '../utils/order-form-values';
import { DeliveryFields } from './delivery-fields';
import { AnyStructureField, OwnStructureField } from './structure-field';

/** A draft already saved: further saves are PUTs with its ETag. */
export interface SavedOrder {
  id: string;
  etag: string | null;
  /** Its products in the order of its lines: the API names a line by its index. */
  productIds: string[];
}

interface OrderFormProps {
  /** The products on offer, with their stock. */
  products: ProductView[];
  initialValues: OrderFormValues;
  saved: SavedOrder | null;
  /** A facilitator orders for any structure, found in the directory. */
  facilitator: boolean;
  /** A siae user's structures: a choice is offered when there are several. */
  ownStructures: StructureSummary[];
  /** Lines of the draft whose product is no longer offered: dropped at the next save. */
  withdrawn?: SupplyOrderLineView[];
  /** After a 412 (the draft changed elsewhere): read it again. */
  onReload?: () => void;
}

/** A product offered: what is in stock, its limit, and the quantity asked. */
function ProductRow({
  product,
  form,
}: {
  product: ProductView;
  form: UseFormReturnType<OrderFormValues>;
}) {
  const text = form.getValues().quantities[product.id] ?? '';
  // What waits beyond the stock, once the quantity typed is a valid one.
  const asked = numberTextError(text, { integer: true, min: 0 })
    ? undefined
    : parseNumberText(text);
  const waits = product.available <= 0 || (asked ?? 0) > product.available;
  return (
    <Paper component="li" withBorder p="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2} miw={0} style={{ flex: '1 1 240px' }}>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {product.name}
          </Text>
          <Text size="sm" c={waits ? 'orange.9' : undefined}>
            {describeAvailability(product.available, asked)}
          </Text>
          {product.maxPerOrder != null && (
            <Text size="sm" c="dimmed">
              Au plus {product.maxPerOrder.toLocaleString('fr-FR')} par commande
            </Text>
          )}
        </Stack>
        <Box w={{ base: '100%', xs: 180 }}>
          <NumberField
            integer
            // Seen as « Quantité » beside the product, heard with its name.
            label={
              <>
                <span aria-hidden="true">Quantité</span>
                <VisuallyHidden>Quantité de « {product.name} »</VisuallyHidden>
              </>
            }
            description={`Unité : ${product.unit}`}
            {...form.getInputProps(quantityField(product.id))}
          />
        </Box>
      </Group>
    </Paper>
  );
}

/**
 * « Commander » and a draft's edition: quantities per product (whole numbers, within each
 * product's limit), the ordering structure, the delivery and a comment. « Enregistrer le
 * brouillon » saves; « Envoyer la commande » saves then sends, and opens the order's page, which
 * says what was reserved and what waits. After a refusal, each message is at its field and the
 * first of them takes the focus.
 */
export function OrderForm({
  products,
  initialValues,
  saved,
  facilitator,
  ownStructures,
  withdrawn = [],
  onReload,
}: OrderFormProps) {
  const navigate = useNavigate();
  const form = useForm<OrderFormValues>({
    initialValues: {
      ...initialValues,
      // Every field controlled from the start: an empty quantity is an empty text.
      quantities: {
        ...Object.fromEntries(products.map((product) => [product.id, ''])),
        ...initialValues.quantities,
      },
    },
  });
  const values = form.getValues();
  const [draft, setDraft] = useState<SavedOrder | null>(saved);
  const [failure, setFailure] = useState<unknown>(null);
  const [stale, setStale] = useState(false);
  const intent = useRef<OrderIntent>('submit');
  const [running, setRunning] = useState<OrderIntent | null>(null);
  const { invalid, trackForm, focusFirstInvalid } = useInvalidFieldFocus();
  const save = useSaveSupplyOrder();
  const submit = useSubmitSupplyOrder();
  const createKey = useIdempotencyKey();
  const submitKey = useIdempotencyKey();
  const busy = running !== null;
  const pickStructure = facilitator || ownStructures.length > 1;
  // Before the first save, empty delivery fields mean « the structure's address and contact ».
  const structureAddress = draft === null && isBlankDelivery(values.delivery);

  const knownField = (field: string) =>
    products.some((product) => quantityField(product.id) === field) ||
    field.startsWith('delivery.') ||
    field === 'comment' ||
    (field === 'structure' && pickStructure);

  /** Puts each error at its field; true when at least one was placed (and focused). */
  const showFieldErrors = (errors: Record<string, string>) => {
    form.setErrors(errors);
    if (Object.keys(errors).length === 0) return false;
    focusFirstInvalid();
    return true;
  };

  /** `lineIds`: the products of the lines the failed request named by index. */
  const showFailure = (error: unknown, lineIds: string[]) => {
    if (isStaleWrite(error)) {
      setStale(true);
      return;
    }
    const placed: Record<string, string> = {};
    let unplaced = false;
    for (const [field, message] of Object.entries(formErrors(error))) {
      const target = formFieldOf(field, lineIds, products[0]?.id);
      if (knownField(target)) {
        placed[target] = placed[target] ? `${placed[target]} ${message}` : message;
      } else {
        unplaced = true;
      }
    }
    if (!showFieldErrors(placed) || unplaced) setFailure(error);
  };

  const persist = async (chosen: OrderIntent) => {
    setFailure(null);
    setStale(false);
    setRunning(chosen);
    let current = draft;
    let lineIds = draft?.productIds ?? [];
    try {
      // Products withdrawn from the catalogue leave the draft with its next save.
      if (current === null || form.isDirty() || chosen === 'draft' || withdrawn.length > 0) {
        const body = toOrderInput(values, products);
        lineIds = (body.lines ?? []).map((line) => line.productId);
        const result = await save.mutateAsync({
          saved: current,
          body,
          ...(current === null ? { idempotencyKey: createKey.keyFor(body) } : {}),
        });
        createKey.done();
        current = {
          id: result.data.id,
          etag: result.etag,
          productIds: result.data.lines.map((line) => line.productId),
        };
        setDraft(current);
        // The delivery as saved: the structure's, when it was left empty.
        form.setFieldValue('delivery', deliveryValues(result.data.delivery));
        form.resetDirty({ ...values, delivery: deliveryValues(result.data.delivery) });
      }
      if (chosen === 'draft') {
        notifications.show({ color: 'green', message: 'Brouillon enregistré.' });
        return;
      }
      const sent = await submit.mutateAsync({
        id: current.id,
        idempotencyKey: submitKey.keyFor(current.id),
      });
      submitKey.done();
      notifications.show({ color: 'green', message: `Commande ${sent.data.reference} envoyée.` });
      void navigate(paths.supplyOrder(current.id));
    } catch (error) {
      showFailure(error, lineIds);
    } finally {
      setRunning(null);
    }
  };

  const handleSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    trackForm(event);
    const chosen = intent.current;
    intent.current = 'submit';
    const errors = validateOrder(values, products, chosen, { needsStructure: pickStructure });
    if (showFieldErrors(errors)) return;
    void persist(chosen);
  };

  const reload = onReload ?? (draft ? () => void navigate(paths.supplyOrderEdit(draft.id)) : null);

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Commande de fournitures">
      <Stack gap="lg">
        {stale && reload && <StaleNotice onReload={reload} />}
        {failure !== null && (
          <Alert
            color="red"
            variant="outline"
            role="alert"
            title={
              draft === null
                ? 'La commande n’a pas été enregistrée'
                : 'La commande n’est pas partie'
            }
          >
            <ProblemMessage error={failure} />
          </Alert>
        )}
        <FormErrorSummary fields={invalid.filter((field) => field.target.isConnected)} />

        {facilitator && (
          <AnyStructureField
            value={values.structure}
            onChange={(structure) => form.setFieldValue('structure', structure)}
            error={form.errors.structure as string | undefined}
          />
        )}
        {!facilitator && ownStructures.length > 1 && (
          <OwnStructureField
            structures={ownStructures}
            value={values.structure}
            onChange={(structure) => form.setFieldValue('structure', structure)}
            error={form.errors.structure as string | undefined}
          />
        )}

        <Stack gap="sm" component="section" aria-labelledby="commande-produits">
          <Title order={2} size="h3" id="commande-produits">
            Produits
          </Title>
          <Text size="sm" c="dimmed">
            Indiquez le nombre d’unités voulues ; laissez vide ce dont vous n’avez pas besoin. Ce
            qui est en stock est réservé dès l’envoi, le reste attend le prochain arrivage.
          </Text>
          {withdrawn.length > 0 && (
            <Alert color="orange" variant="outline" title="Produits retirés du catalogue">
              <Text size="sm">
                {withdrawn.map((line) => `« ${line.productName} »`).join(', ')}{' '}
                {withdrawn.length > 1 ? 'ne sont plus proposés' : 'n’est plus proposé'} : retiré
                {withdrawn.length > 1 ? 's' : ''} de la commande au prochain enregistrement.
              </Text>
            </Alert>
          )}
          {products.length === 0 ? (
            <Alert variant="light" title="Aucun produit proposé pour l’instant">
              <Text size="sm">
                Le catalogue est vide : revenez plus tard, ou contactez l’animateur du réseau.
              </Text>
            </Alert>
          ) : (
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {products.map((product) => (
                <ProductRow key={product.id} product={product} form={form} />
              ))}
            </Stack>
          )}
        </Stack>

        <Stack gap="sm" component="section" aria-labelledby="commande-livraison">
          <Title order={2} size="h3" id="commande-livraison">
            Livraison
          </Title>
          {structureAddress && (
            <Text size="sm">
              Laissez ces champs vides pour livrer à l’adresse de la structure, à son contact : ils
              s’afficheront à l’enregistrement et vous pourrez les changer.
            </Text>
          )}
          <DeliveryFields form={form} required={!structureAddress} />
          <Textarea
            label="Commentaire"
            description="Pour l’équipe logistique : horaires d’ouverture, accès, étage…"
            autosize
            minRows={2}
            maxRows={8}
            maxLength={2000}
            {...form.getInputProps('comment')}
          />
        </Stack>

        <Group justify="flex-end" gap="sm">
          <Button
            type="submit"
            variant="outline"
            disabled={busy}
            loading={running === 'draft'}
            onClick={() => (intent.current = 'draft')}
          >
            Enregistrer le brouillon
          </Button>
          <Button
            type="submit"
            disabled={busy || products.length === 0}
            loading={running === 'submit'}
            onClick={() => (intent.current = 'submit')}
          >
            Envoyer la commande
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
