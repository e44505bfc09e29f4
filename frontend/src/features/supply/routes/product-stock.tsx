import { Anchor, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { DetailField, DetailSection } from '@/components/detail-section';
import { ErrorAlert } from '@/components/error-alert';
import { PageLoader } from '@/components/page-loader';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { useProduct } from '../api/get-stock-products';
import { StockActions, StockDialogs, useStockDialogs } from '../components/stock-dialogs';
import { StockLedger } from '../components/stock-ledger';
import { StockSignal } from '../components/stock-signal';
import { formatUnits } from '../utils/stock-labels';

/** One product: its stock figures and its ledger. */
export function ProductStockRoute() {
  const { id = '' } = useParams();
  const product = useProduct(id);
  const session = useSession();
  const facilitator = session?.user.role === 'facilitator';
  const dialogs = useStockDialogs();

  const back = (
    <Anchor component={Link} to={paths.stock} size="sm">
      ← Tout le stock
    </Anchor>
  );

  if (product.isPending) return <PageLoader label="Chargement du produit…" />;
  if (product.error) {
    return (
      <Stack gap="lg">
        <PageTitle title="Produit" />
        <Title order={1}>Produit</Title>
        <ErrorAlert
          error={product.error}
          title="Impossible de charger le produit"
          onRetry={() => void product.refetch()}
        />
        {back}
      </Stack>
    );
  }
  const detail = product.data.data;

  return (
    <Stack gap="lg">
      <PageTitle title={detail.name} />
      {back}
      <Stack gap="xs">
        <Group justify="space-between" align="center">
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {detail.name}
          </Title>
          <StockActions product={detail} canMoveStock={facilitator} onOpen={dialogs.open} />
        </Group>
        <StockSignal product={detail} />
      </Stack>

      <DetailSection title="Stock">
        <SimpleGrid cols={{ base: 2, sm: 4 }} component="dl" m={0}>
          <DetailField label="En stock">{formatUnits(detail.onHand)}</DetailField>
          <DetailField label="Réservé">{formatUnits(detail.reserved)}</DetailField>
          <DetailField label="Disponible">{formatUnits(detail.available)}</DetailField>
          <DetailField label="En attente">{formatUnits(detail.backordered)}</DetailField>
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          « Réservé » compte les unités promises à des commandes et pas encore expédiées ; «
          Disponible » est ce qui reste pour de nouvelles commandes (en stock moins réservé).
        </Text>
        {facilitator && detail.backordered > 0 && detail.available > 0 && (
          <Group gap="sm">
            <Text size="sm">Des commandes attendent ce produit et du stock est disponible.</Text>
            <Button size="xs" variant="outline" component={Link} to={paths.allocation}>
              Répartir le stock
            </Button>
          </Group>
        )}
      </DetailSection>

      <DetailSection title="Fiche produit">
        <SimpleGrid cols={{ base: 1, sm: 4 }} component="dl" m={0}>
          <DetailField label="Référence">{detail.sku}</DetailField>
          <DetailField label="Unité">{detail.unit}</DetailField>
          <DetailField label="Maximum par commande">
            {detail.maxPerOrder == null ? 'Sans limite' : formatUnits(detail.maxPerOrder)}
          </DetailField>
          <DetailField label="Actif">
            {detail.active ? 'Oui' : 'Non (ne peut plus être commandé)'}
          </DetailField>
        </SimpleGrid>
      </DetailSection>

      <Stack gap="sm" component="section" aria-label="Mouvements de stock">
        <Title order={2} size="h3">
          Mouvements de stock
        </Title>
        <StockLedger productId={detail.id} />
      </Stack>
      <StockDialogs dialog={dialogs.dialog} onClose={dialogs.close} />
    </Stack>
  );
}
