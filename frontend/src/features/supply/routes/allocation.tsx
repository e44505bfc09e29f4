import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { PageLoader } from '@/components/page-loader';
import { PageTitle } from '@/components/page-title';
import { textParam, useUrlState } from '@/hooks/use-url-state';
import { useProposeAllocationRun } from '../api/allocation-runs';
import { useAllProducts } from '../api/get-stock-products';
import { AllocationHistory } from '../components/allocation-history';
import { AllocationProductPicker } from '../components/allocation-product-picker';
import { AllocationRunPanel } from '../components/allocation-run-panel';

const CODECS = { run: textParam };

/**
 * « Répartition »: new stock shared among the orders waiting for it, pro rata to the structures'
 * insertion FTE: a proposal first (nothing moves), then « Appliquer ».
 */
export function AllocationRoute() {
  const products = useAllProducts();
  const propose = useProposeAllocationRun();
  // The run shown, kept in the URL so that a reload finds the proposal again.
  const [{ run }, update] = useUrlState(CODECS);
  const runId = run === '' ? null : run;
  // Null until the facilitator changes it: every product with orders waiting.
  const [chosen, setChosen] = useState<string[] | null>(null);

  if (products.isPending) return <PageLoader label="Chargement des produits…" />;

  const waiting = (products.data ?? []).filter((product) => product.backordered > 0);
  const selected = chosen ?? waiting.map((product) => product.id);

  const show = (id: string) => update({ run: id });
  const proposeFor = (productIds: string[]) => {
    propose.mutate(productIds, { onSuccess: (proposal) => show(proposal.id) });
  };

  return (
    <Stack gap="lg">
      <PageTitle title="Répartition" />
      <Title order={1}>Répartition</Title>
      <Text c="dimmed">
        Partagez le stock disponible entre les commandes en attente, au prorata des ETP d’insertion
        de chaque structure. La proposition ne réserve rien : vérifiez-la, puis appliquez-la.
      </Text>

      <Paper withBorder p="lg" component="section" aria-label="Nouvelle répartition">
        <Stack gap="md">
          {products.error ? (
            <ErrorAlert
              error={products.error}
              title="Impossible de charger les produits"
              onRetry={() => void products.refetch()}
            />
          ) : (
            <AllocationProductPicker products={waiting} selected={selected} onChange={setChosen} />
          )}
          {propose.error && (
            <ErrorAlert error={propose.error} title="La proposition n’a pas pu être calculée" />
          )}
          <Group>
            <Button
              onClick={() => proposeFor(selected)}
              loading={propose.isPending}
              disabled={selected.length === 0}
            >
              Proposer une répartition
            </Button>
            {waiting.length > 0 && selected.length === 0 && (
              <Text size="sm">Choisissez au moins un produit.</Text>
            )}
          </Group>
        </Stack>
      </Paper>

      {runId !== null && (
        <AllocationRunPanel
          key={runId}
          runId={runId}
          onProposeAgain={proposeFor}
          proposing={propose.isPending}
        />
      )}

      <Stack gap="sm" component="section" aria-label="Répartitions précédentes">
        <Title order={2} size="h3">
          Répartitions précédentes
        </Title>
        <AllocationHistory shownId={runId} onShow={show} />
      </Stack>
    </Stack>
  );
}
