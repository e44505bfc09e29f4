import { numberTextError, parseNumberText } from '@/lib/number-text';
import { emailRule } from '@/lib/validation';
import type { ProductView } from '../api/get-products';
import type { DeliveryDetails, SupplyOrderView } from '../api/get-supply-order';
import type { SupplyOrderInput } from '../api/save-supply-order';

/** The structure an order is for, as the form knows it. */
export interface StructureChoice {
  id: string;
  name: string;
}

export interface DeliveryValues {
  address: string;
  postCode: string;
  city: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

export interface OrderFormValues {
  structure: StructureChoice | null;
  /** The quantity typed for each product, by product id, kept as typed. */
  quantities: Record<string, string>;
  delivery: DeliveryValues;
  comment: string;
}

/** The most the API takes on one line. */
export const MAX_QUANTITY = 100_000;

export const EMPTY_DELIVERY: DeliveryValues = {
  address: '',
  postCode: '',
  city: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
};

/** The form's path of a product's quantity. */
export const quantityField = (productId: string) => `quantities.${productId}`;

export function deliveryValues(details: DeliveryDetails): DeliveryValues {
  return {
    address: details.address ?? '',
    postCode: details.postCode ?? '',
    city: details.city ?? '',
    contactName: details.contactName ?? '',
    contactPhone: details.contactPhone ?? '',
    contactEmail: details.contactEmail ?? '',
  };
}

/** What the API receives: blank parts left out. */
export function deliveryInput(values: DeliveryValues): DeliveryDetails {
  const details: DeliveryDetails = {};
  for (const [key, value] of Object.entries(values) as [keyof DeliveryValues, string][]) {
    if (value.trim() !== '') details[key] = value.trim();
  }
  return details;
}

export function isBlankDelivery(values: DeliveryValues): boolean {
  return (Object.values(values) as string[]).every((value) => value.trim() === '');
}

export function newOrderValues(structure: StructureChoice | null): OrderFormValues {
  return { structure, quantities: {}, delivery: { ...EMPTY_DELIVERY }, comment: '' };
}

export function valuesFromOrder(order: SupplyOrderView): OrderFormValues {
  return {
    structure: { id: order.structureId, name: order.structureName },
    quantities: Object.fromEntries(
      order.lines.map((line) => [line.productId, String(line.quantity)]),
    ),
    delivery: deliveryValues(order.delivery),
    comment: order.comment ?? '',
  };
}

/** The lines to send, in the products' order: the products offered with a quantity above 0. */
export function orderLines(values: OrderFormValues, products: ProductView[]) {
  return products.flatMap((product) => {
    const quantity = parseNumberText(values.quantities[product.id] ?? '');
    return quantity !== undefined && quantity > 0 ? [{ productId: product.id, quantity }] : [];
  });
}

/**
 * The body of a save. Without delivery details they are left out: the server takes the
 * structure's address and contact (or keeps the draft's), which the form then shows.
 */
export function toOrderInput(values: OrderFormValues, products: ProductView[]): SupplyOrderInput {
  const comment = values.comment.trim();
  return {
    ...(values.structure ? { structureId: values.structure.id } : {}),
    lines: orderLines(values, products),
    ...(isBlankDelivery(values.delivery) ? {} : { delivery: deliveryInput(values.delivery) }),
    ...(comment ? { comment } : {}),
  };
}

const POST_CODE = /^[0-9]{5}$/;
const PHONE = /^[0-9+() .-]{6,30}$/;

/** The delivery's formats (a draft), and its required parts (an order sent: all but the e-mail). */
export function validateDelivery(
  values: DeliveryValues,
  required: boolean,
  prefix = 'delivery',
): Record<string, string> {
  const errors: Record<string, string> = {};
  const blank = (value: string) => value.trim() === '';
  const missing: [keyof DeliveryValues, string][] = [
    ['address', 'L’adresse de livraison est obligatoire.'],
    ['postCode', 'Le code postal est obligatoire.'],
    ['city', 'La commune est obligatoire.'],
    ['contactName', 'Indiquez qui recevra la livraison.'],
    ['contactPhone', 'Un téléphone est obligatoire pour le transporteur.'],
  ];
  if (required) {
    for (const [field, message] of missing) {
      if (blank(values[field])) errors[`${prefix}.${field}`] = message;
    }
  }
  if (!blank(values.postCode) && !POST_CODE.test(values.postCode.trim())) {
    errors[`${prefix}.postCode`] = 'Saisissez un code postal à 5 chiffres, par exemple 93100.';
  }
  if (!blank(values.contactPhone) && !PHONE.test(values.contactPhone.trim())) {
    errors[`${prefix}.contactPhone`] =
      'Saisissez un numéro de téléphone, par exemple 01 23 45 67 89.';
  }
  if (!blank(values.contactEmail)) {
    const error = emailRule(values.contactEmail);
    if (error) errors[`${prefix}.contactEmail`] = error;
  }
  return errors;
}

/** What a product's quantity field says is wrong, or null (empty: not ordered). */
export function quantityError(text: string, product: ProductView): string | null {
  const error = numberTextError(text, { integer: true, min: 0, max: MAX_QUANTITY });
  if (error) return error;
  const quantity = parseNumberText(text) ?? 0;
  if (product.maxPerOrder != null && quantity > product.maxPerOrder) {
    return `Au plus ${product.maxPerOrder.toLocaleString('fr-FR')} par commande.`;
  }
  return null;
}

export type OrderIntent = 'draft' | 'submit';

/**
 * The form's errors before saving: quantities (whole numbers, within the limits) always; a
 * structure, a product and the delivery details to send the order.
 */
export function validateOrder(
  values: OrderFormValues,
  products: ProductView[],
  intent: OrderIntent,
  { needsStructure }: { needsStructure: boolean },
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (needsStructure && values.structure === null) {
    errors.structure = 'Choisissez la structure qui commande.';
  }
  const quantities: Record<string, string> = {};
  for (const product of products) {
    const error = quantityError(values.quantities[product.id] ?? '', product);
    if (error) quantities[quantityField(product.id)] = error;
  }
  const first = products[0];
  if (
    intent === 'submit' &&
    first &&
    Object.keys(quantities).length === 0 &&
    orderLines(values, products).length === 0
  ) {
    quantities[quantityField(first.id)] = 'Indiquez la quantité d’au moins un produit.';
  }
  // A new order's empty delivery is the structure's: the server checks it when sending.
  const required = intent === 'submit' && !isBlankDelivery(values.delivery);
  return { ...errors, ...quantities, ...validateDelivery(values.delivery, required) };
}

/**
 * The form's path of a field the API names: `lines[2].quantity` is the third line sent (a
 * product's quantity), `lines` the first product, `structureId` the structure.
 */
export function formFieldOf(
  field: string,
  sentProductIds: string[],
  firstProductId?: string,
): string {
  // `lines[2].quantity` as the API writes it, `lines.2.quantity` as the form does.
  const line = /^lines(?:\[(\d+)\]|\.(\d+))/.exec(field);
  if (line) {
    const productId = sentProductIds[Number(line[1] ?? line[2])];
    if (productId) return quantityField(productId);
  }
  if (field === 'lines' || line) {
    const first = sentProductIds[0] ?? firstProductId;
    return first ? quantityField(first) : 'products';
  }
  if (field === 'structureId') return 'structure';
  return field.replace(/\[(\d+)\]/g, '.$1');
}
