import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorAlert } from '@/components/error-alert';
import { PagedTable, wholeList, type Column } from '@/components/paged-table';
import { paths } from '@/config/paths';
import { ApiError, errorMessage } from '@/lib/api/problem';
import { formatDateTime } from '@/lib/format';
import {
  useAllocationRun,
  useApplyAllocationRun,
  type AllocationRunLineView,
  type AllocationRunProductView,
  type AllocationRunView,
} from '../api/allocation-runs';
import { allocationTotalsText, formatFte, formatUnits, unitsText } from '../utils/stock-labels';
import { AllocationRunBadge } from './allocation-run-badge';

const productColumns: Column<AllocationRunProductView>[] = [
  {
    header: 'Produit',
    render: (product) => (
      <Stack gap={0}>
        <Text size="sm" fw={600}>
          {product.productName}
        </Text>
        <Text size="xs" c="dimmed">
          {product.unit}
        </Text>
      </Stack>
    ),
  },
  { header: 'Disponible', render: (product) => formatUnits(product.available) },
  { header: 'Attribué', render: (product) => formatUnits(product.allocated) },
  { header: 'Restant', render: (product) => formatUnits(product.left) },
  { header: 'Lignes en attente', render: (product) => formatUnits(product.lineCount) },
];

const lineColumns: Column<AllocationRunLineView>[] = [
  {
    header: 'Structure',
    render: (line) => (
      <Text size="sm" fw={600}>
        {line.structureName}
      </Text>
    ),
  },
  {
    header: 'Commande',
    render: (line) => (
      <Anchor component={Link} to={paths.supplyOrder(line.orderId)} size="sm">
        {line.orderReference}
      </Anchor>
    ),
  },
  { header: 'Produit', render: (line) => line.productName },
  { header: 'ETP d’insertion', render: (line) => formatFte(line.weight) },
  { header: 'Besoin', render: (line) => formatUnits(line.need) },
  {
    header: 'Attribué',
    render: (line) => (
      <Text size="sm" fw={600}>
        {formatUnits(line.units)}
      </Text>
    ),
  },
];

/** What an applied run did, in one sentence. */
function appliedText(run: AllocationRunView): string {
  const structures = `${formatUnits(run.structureCount)} structure${run.structureCount > 1 ? 's' : ''}`;
  return `${unitsText(run.allocated)} réservée${run.allocated > 1 ? 's' : ''} pour ${structures}.`;
}

interface AllocationRunPanelProps {
  runId: string;
  /** Proposes again for the same products (after a 409: the stock or the orders changed). */
  onProposeAgain: (productIds: string[]) => void;
  proposing: boolean;
}

/** One run: its totals, per product and per order line, and « Appliquer » while it is a proposal. */
export function AllocationRunPanel({ runId, onProposeAgain, proposing }: AllocationRunPanelProps) {
  const [linesPage, setLinesPage] = useState(0);
  const run = useAllocationRun(runId, linesPage);
  const apply = useApplyAllocationRun();
  const [confirming, setConfirming] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);

  if (run.isPending) {
    return (
      <Text role="status" size="sm">
        Chargement de la répartition…
      </Text>
    );
  }
  if (run.error) {
    return (
      <ErrorAlert
        error={run.error}
        title="Impossible de charger la répartition"
        onRetry={() => void run.refetch()}
      />
    );
  }
  const detail = run.data;
  const productIds = detail.products.map((product) => product.productId);

  const confirmApply = () => {
    apply.mutate(detail.id, {
      onSuccess: (applied) => {
        setConfirming(false);
        notifications.show({
          color: 'green',
          message: `Répartition appliquée : ${appliedText(applied)}`,
        });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 409) {
          setConfirming(false);
          setConflict(errorMessage(error));
          void run.refetch();
        }
      },
    });
  };

  return (
    <Stack gap="md" component="section" aria-label="Répartition proposée">
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Title order={2} size="h3">
              {detail.status === 'APPLIED' ? 'Répartition appliquée' : 'Proposition de répartition'}
            </Title>
            <AllocationRunBadge status={detail.status} />
          </Group>
          <Text size="sm" c="dimmed">
            Proposée le {formatDateTime(detail.createdAt)}
            {detail.createdByName ? ` par ${detail.createdByName}` : ''}
            {detail.appliedAt
              ? ` · appliquée le ${formatDateTime(detail.appliedAt)}${detail.appliedByName ? ` par ${detail.appliedByName}` : ''}`
              : ''}
          </Text>
        </Stack>
        {detail.status === 'PROPOSED' && conflict === null && (
          <Button onClick={() => setConfirming(true)} disabled={detail.allocated === 0}>
            Appliquer
          </Button>
        )}
      </Group>

      <Text fw={600} size="lg">
        {allocationTotalsText(detail)}
      </Text>
      <Text size="sm">
        Chaque produit est partagé entre les commandes en attente au prorata des ETP d’insertion de
        leur structure (1 pour une structure sans ETP connu), sans jamais dépasser ce qu’une
        commande attend ; les unités restantes n’étaient attendues par personne.
      </Text>

      {detail.status === 'APPLIED' && (
        <Alert color="teal" variant="outline" title="Répartition appliquée" role="status">
          <Text size="sm">
            {appliedText(detail)} Les structures sont prévenues par e-mail ; les unités sont à
            expédier depuis leurs commandes.
          </Text>
        </Alert>
      )}
      {conflict !== null && detail.status === 'PROPOSED' && (
        <Alert
          color="orange"
          variant="outline"
          title="Le stock ou les commandes ont changé"
          role="alert"
        >
          <Stack gap="sm">
            <Text size="sm">
              Depuis cette proposition, du stock a bougé ou des commandes en attente ont changé :
              elle ne peut plus être appliquée. Proposez une nouvelle répartition, calculée sur
              l’état d’aujourd’hui.
            </Text>
            <Text size="sm" c="dimmed">
              {conflict}
            </Text>
            <Group>
              <Button color="orange" loading={proposing} onClick={() => onProposeAgain(productIds)}>
                Proposer de nouveau
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {detail.status === 'PROPOSED' && detail.allocated === 0 && (
        <Alert variant="light" title="Rien à attribuer">
          <Text size="sm">
            Aucune unité n’est disponible pour les commandes en attente de ces produits :
            enregistrez d’abord une réception.
          </Text>
        </Alert>
      )}

      <PagedTable
        caption="Par produit"
        columns={productColumns}
        rowKey={(product) => product.productId}
        data={wholeList(detail.products)}
        isPending={false}
        error={null}
        onRetry={() => undefined}
        emptyMessage="Aucun produit dans cette répartition."
        onPageChange={() => undefined}
        hideCount
      />
      <PagedTable
        caption="Par structure et par commande"
        columns={lineColumns}
        rowKey={(line) => line.orderLineId}
        data={detail.lines}
        isPending={run.isPlaceholderData}
        error={null}
        onRetry={() => void run.refetch()}
        emptyMessage="Aucune commande n’attendait ces produits."
        onPageChange={setLinesPage}
      />

      {confirming && (
        <ConfirmDialog
          title="Appliquer cette répartition ?"
          confirmLabel="Appliquer"
          submitting={apply.isPending}
          error={apply.error}
          onConfirm={confirmApply}
          onClose={() => setConfirming(false)}
        >
          <Stack gap="xs">
            <Text>
              {unitsText(detail.allocated)}{' '}
              {detail.allocated > 1 ? 'seront réservées' : 'sera réservée'} pour{' '}
              {formatUnits(detail.structureCount)} structure
              {detail.structureCount > 1 ? 's' : ''}, qui seront prévenues par e-mail.
            </Text>
            <Text size="sm" c="dimmed">
              Si le stock ou les commandes ont changé depuis la proposition, rien n’est appliqué et
              il faudra proposer de nouveau.
            </Text>
          </Stack>
        </ConfirmDialog>
      )}
    </Stack>
  );
}
