import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageLoader } from '@/components/page-loader';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { useSupplyOrder } from '../api/get-supply-order';
import { OrderForm } from '../components/order-form';
import { OrderFormLoader } from '../components/order-form-loader';
import { valuesFromOrder } from '../utils/order-form-values';

/** A draft order's edition: the « Commander » form, filled with it. */
export function EditOrderRoute() {
  const { id = '' } = useParams();
  const order = useSupplyOrder(id);
  const [reloads, setReloads] = useState(0);

  let body;
  if (order.isPending) {
    body = <PageLoader label="Chargement de la commande…" />;
  } else if (order.error) {
    body = (
      <ErrorAlert
        error={order.error}
        title="Impossible de charger la commande"
        onRetry={() => void order.refetch()}
      />
    );
  } else if (order.data.data.status !== 'DRAFT') {
    body = (
      <Alert color="orange" variant="outline" title="Cette commande n’est plus un brouillon">
        <Text size="sm">
          Seul un brouillon se modifie. Retournez à la commande pour voir où elle en est, ou changer
          son adresse de livraison.
        </Text>
      </Alert>
    );
  } else {
    const { data, etag } = order.data;
    body = (
      <OrderFormLoader>
        {({ products, facilitator, ownStructures }) => {
          const offered = new Set(products.map((product) => product.id));
          return (
            <OrderForm
              // A reload after a concurrent change starts the form again from what was saved.
              key={reloads}
              products={products}
              facilitator={facilitator}
              ownStructures={ownStructures}
              initialValues={valuesFromOrder(data)}
              saved={{
                id: data.id,
                etag,
                productIds: data.lines.map((line) => line.productId),
              }}
              withdrawn={data.lines.filter((line) => !offered.has(line.productId))}
              onReload={() => {
                void order.refetch().then(() => setReloads((count) => count + 1));
              }}
            />
          );
        }}
      </OrderFormLoader>
    );
  }

  const title = order.data
    ? `Modifier la commande ${order.data.data.reference}`
    : 'Modifier la commande';
  return (
    <Stack gap="lg" maw={860}>
      <PageTitle title={title} />
      <Anchor component={Link} to={paths.supplyOrder(id)} size="sm">
        ← Retour à la commande
      </Anchor>
      <Title order={1}>{title}</Title>
      {body}
    </Stack>
  );
}
