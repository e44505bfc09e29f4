import { SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';

interface DeliveryFieldsProps<Values> {
  form: UseFormReturnType<Values>;
  /** Whether the parts but the e-mail are required (an order sent). */
  required: boolean;
}

/**
 * Where the order goes and whom the carrier calls: the order form's and the « Changer
 * l'adresse » dialog's, both holding them under `delivery`.
 */
export function DeliveryFields<Values>({ form, required }: DeliveryFieldsProps<Values>) {
  return (
    <>
      <TextInput
        label="Adresse"
        description="Numéro, rue, bâtiment, étage"
        required={required}
        maxLength={300}
        autoComplete="street-address"
        {...form.getInputProps('delivery.address')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput
          label="Code postal"
          required={required}
          maxLength={5}
          inputMode="numeric"
          autoComplete="postal-code"
          {...form.getInputProps('delivery.postCode')}
        />
        <TextInput
          label="Commune"
          required={required}
          maxLength={100}
          autoComplete="address-level2"
          {...form.getInputProps('delivery.city')}
        />
      </SimpleGrid>
      <TextInput
        label="Personne qui reçoit la livraison"
        required={required}
        maxLength={200}
        autoComplete="name"
        {...form.getInputProps('delivery.contactName')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput
          label="Téléphone"
          description="Le transporteur appelle ce numéro."
          type="tel"
          required={required}
          maxLength={30}
          autoComplete="tel"
          {...form.getInputProps('delivery.contactPhone')}
        />
        <TextInput
          label="E-mail"
          type="email"
          maxLength={254}
          autoComplete="email"
          {...form.getInputProps('delivery.contactEmail')}
        />
      </SimpleGrid>
    </>
  );
}
