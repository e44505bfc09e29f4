import { Stack, Text, Title } from '@mantine/core';
import { PageTitle } from '@/components/page-title';
import { OrderForm } from '../components/order-form';
import { OrderFormLoader } from '../components/order-form-loader';
import { newOrderValues } from '../utils/order-form-values';

/**
 * « Commander »: a siae user orders for its structure (chosen among several), a facilitator for
 * any structure of the directory.
 */
export function NewOrderRoute() {
  return (
    <Stack gap="lg" maw={860}>
      <PageTitle title="Commander" />
      <Stack gap={4}>
        <Title order={1}>Commander des fournitures sanitaires</Title>
        <Text c="dimmed">
          Masques, gants, gel hydroalcoolique : ce qui est en stock est réservé dès l’envoi de la
          commande, le reste est servi au prochain arrivage.
        </Text>
      </Stack>
      <OrderFormLoader>
        {({ products, facilitator, ownStructures }) => {
          const only = ownStructures.length === 1 ? ownStructures[0] : undefined;
          return (
            <OrderForm
              products={products}
              facilitator={facilitator}
              ownStructures={ownStructures}
              initialValues={newOrderValues(only ? { id: only.id, name: only.name } : null)}
              saved={null}
            />
          );
        }}
      </OrderFormLoader>
    </Stack>
  );
}
