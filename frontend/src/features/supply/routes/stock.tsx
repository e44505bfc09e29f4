import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { PagedTable, wholeList, type Column } from '@/components/paged-table';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { useAllProducts, type ProductView } from '../api/get-stock-products';
import { StockActions, StockDialogs, useStockDialogs } from '../components/stock-dialogs';
import { StockSignal } from '../components/stock-signal';
import { formatUnits } from '../utils/stock-labels';

/** Products whose waiting orders could be served now: what an allocation run is for. */
function allocatable(products: ProductView[]): ProductView[] {
  return products.filter((product) => product.backordered > 0 && product.available > 0);
}

function matches(product: ProductView, text: string): boolean {
  const wanted = text.trim().toLocaleLowerCase('fr');
  return (
    wanted === '' ||
    product.name.toLocaleLowerCase('fr').includes(wanted) ||
    product.sku.toLocaleLowerCase('fr').includes(wanted)
  );
}

/** « Stock »: every product of the catalogue with its stock; receipts, adjustments, the catalogue. */
export function StockRoute() {
  const products = useAllProducts();
  const session = useSession();
  const facilitator = session?.user.role === 'facilitator';
  const dialogs = useStockDialogs();
  const [filter, setFilter] = useState('');

  const columns: Column<ProductView>[] = [
    {
      header: 'Produit',
      render: (product) => (
        <Stack gap={2}>
          <Anchor component={Link} to={paths.stockProduct(product.id)} fw={600} size="sm">
            {product.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            Réf. {product.sku} · {product.unit}
          </Text>
          <StockSignal product={product} />
        </Stack>
      ),
    },
    { header: 'En stock', render: (product) => formatUnits(product.onHand) },
    { header: 'Réservé', render: (product) => formatUnits(product.reserved) },
    {
      header: 'Disponible',
      render: (product) => <Text fw={600}>{formatUnits(product.available)}</Text>,
    },
    { header: 'En attente', render: (product) => formatUnits(product.backordered) },
    {
      header: 'Max. par commande',
      render: (product) =>
        product.maxPerOrder == null ? 'Sans limite' : formatUnits(product.maxPerOrder),
    },
    { header: 'Actif', render: (product) => (product.active ? 'Oui' : 'Non') },
    {
      header: 'Actions',
      render: (product) => (
        <StockActions product={product} canMoveStock={facilitator} onOpen={dialogs.open} />
      ),
    },
  ];

  const all = products.data ?? [];
  const shown = products.data
    ? wholeList(all.filter((product) => matches(product, filter)))
    : undefined;
  const toAllocate = allocatable(all);

  return (
    <Stack gap="lg">
      <PageTitle title="Stock" />
      <Group justify="space-between" align="center">
        <Title order={1}>Stock</Title>
        <Button onClick={() => dialogs.open({ kind: 'create' })}>Nouveau produit</Button>
      </Group>
      <Text c="dimmed">
        Les fournitures sanitaires du réseau. « Réservé » : les unités promises à des commandes et
        pas encore expédiées ; « Disponible » : ce qui reste pour de nouvelles commandes (en stock
        moins réservé) ; « En attente » : les unités commandées qui attendent du stock.
      </Text>
      {facilitator && toAllocate.length > 0 && (
        <Alert color="orange" variant="outline" title="Des commandes attendent du stock disponible">
          <Group justify="space-between" align="center" gap="sm">
            <Text size="sm">
              {toAllocate.length === 1
                ? `« ${toAllocate[0]?.name} » a`
                : `${toAllocate.length} produits ont`}{' '}
              du stock disponible et des commandes en attente : répartissez-le entre les structures.
            </Text>
            <Button
              size="xs"
              component={Link}
              to={paths.allocation}
              color="orange"
              variant="outline"
            >
              Répartition
            </Button>
          </Group>
        </Alert>
      )}
      <PagedTable
        caption="Produits et stock"
        columns={columns}
        rowKey={(product) => product.id}
        data={shown}
        isPending={products.isPending}
        error={products.error}
        onRetry={() => void products.refetch()}
        emptyMessage={
          filter
            ? 'Aucun produit ne correspond à cette recherche.'
            : 'Aucun produit au catalogue. Ajoutez-en un, puis enregistrez une réception.'
        }
        emptyAction={
          filter ? (
            <Button variant="outline" onClick={() => setFilter('')}>
              Effacer la recherche
            </Button>
          ) : (
            <Button onClick={() => dialogs.open({ kind: 'create' })}>Nouveau produit</Button>
          )
        }
        filter={{ value: filter, onChange: setFilter, label: 'Rechercher un produit' }}
        onPageChange={() => undefined}
      />
      <StockDialogs dialog={dialogs.dialog} onClose={dialogs.close} />
    </Stack>
  );
}
