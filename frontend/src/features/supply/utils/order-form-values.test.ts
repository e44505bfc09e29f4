import { describe, expect, it } from 'vitest';
import { GEL, MASKS, PRODUCTS } from '../testing/fixtures';
import { describeAvailability } from './labels';
import {
  formFieldOf,
  newOrderValues,
  quantityField,
  toOrderInput,
  validateOrder,
} from './order-form-values';

describe('order form values', () => {
  it('names_the_field_of_each_line_the_api_refuses', () => {
    const sent = [GEL.id, MASKS.id];
    expect(formFieldOf('lines[1].quantity', sent)).toBe(quantityField(MASKS.id));
    expect(formFieldOf('lines.0.productId', sent)).toBe(quantityField(GEL.id));
    expect(formFieldOf('lines', [], MASKS.id)).toBe(quantityField(MASKS.id));
    expect(formFieldOf('structureId', sent)).toBe('structure');
    expect(formFieldOf('delivery.postCode', sent)).toBe('delivery.postCode');
  });

  it('sends_the_products_asked_in_catalogue_order_and_no_empty_delivery', () => {
    const values = newOrderValues({ id: 's1', name: 'Jardins' });
    values.quantities = { [GEL.id]: '12', [MASKS.id]: '0' };
    expect(toOrderInput(values, PRODUCTS)).toEqual({
      structureId: 's1',
      lines: [{ productId: GEL.id, quantity: 12 }],
    });
  });

  it('asks_for_a_product_and_a_complete_typed_delivery_before_sending', () => {
    const values = newOrderValues(null);
    expect(validateOrder(values, PRODUCTS, 'submit', { needsStructure: true })).toEqual({
      structure: 'Choisissez la structure qui commande.',
      [quantityField(MASKS.id)]: 'Indiquez la quantité d’au moins un produit.',
    });
    values.quantities = { [MASKS.id]: '3' };
    values.delivery.city = 'Montreuil';
    values.delivery.postCode = '931';
    const errors = validateOrder(values, PRODUCTS, 'submit', { needsStructure: false });
    expect(Object.keys(errors).sort()).toEqual([
      'delivery.address',
      'delivery.contactName',
      'delivery.contactPhone',
      'delivery.postCode',
    ]);
    expect(errors['delivery.postCode']).toMatch(/5 chiffres/);
    // A draft only checks what is typed.
    expect(
      Object.keys(validateOrder(values, PRODUCTS, 'draft', { needsStructure: false })),
    ).toEqual(['delivery.postCode']);
  });

  it('says_availability_in_words', () => {
    expect(describeAvailability(120)).toBe('120 disponibles');
    expect(describeAvailability(1)).toBe('1 disponible');
    expect(describeAvailability(0, 5)).toBe(
      'Rupture : votre demande attendra le prochain arrivage',
    );
    expect(describeAvailability(8, 12)).toBe('8 disponibles : 4 attendront le prochain arrivage');
    expect(describeAvailability(8, 9)).toBe('8 disponibles : 1 attendra le prochain arrivage');
  });
});
