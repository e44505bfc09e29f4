import { Alert, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { PageLoader } from '@/components/page-loader';
import { useSession } from '@/lib/auth/use-session';
import { useMyStructures, type StructureSummary } from '../api/get-my-structures';
import { useProducts, type ProductView } from '../api/get-products';

export interface OrderFormContext {
  products: ProductView[];
  facilitator: boolean;
  ownStructures: StructureSummary[];
}

/**
 * What the order form needs before it shows: the products with their stock and, for a siae
 * user, its structures (a facilitator finds one in the directory). Says what to do when one
 * cannot be read, or when the user has no structure to order for.
 */
export function OrderFormLoader({
  children,
}: {
  children: (context: OrderFormContext) => ReactNode;
}) {
  const session = useSession();
  const facilitator = session?.user.role === 'facilitator';
  const products = useProducts();
  const structures = useMyStructures(session?.user.organisation.id ?? '', !facilitator);

  if (products.isPending || (!facilitator && structures.isPending)) {
    return <PageLoader label="Chargement des produits…" />;
  }
  if (products.error) {
    return (
      <ErrorAlert
        error={products.error}
        title="Impossible de charger les produits"
        onRetry={() => void products.refetch()}
      />
    );
  }
  if (!facilitator && structures.error) {
    return (
      <ErrorAlert
        error={structures.error}
        title="Impossible de charger vos structures"
        onRetry={() => void structures.refetch()}
      />
    );
  }
  const ownStructures = facilitator ? [] : (structures.data ?? []);
  if (!facilitator && ownStructures.length === 0) {
    return (
      <Alert color="orange" variant="outline" title="Aucune structure pour commander">
        <Text size="sm">
          Aucune structure de l’annuaire n’est rattachée à votre organisation. Demandez à
          l’animateur du réseau de la rattacher, puis revenez commander.
        </Text>
      </Alert>
    );
  }
  return children({ products: products.data, facilitator, ownStructures });
}
