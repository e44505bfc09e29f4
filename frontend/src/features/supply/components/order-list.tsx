import { Anchor, Button, Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { PagedTable, type Column } from '@/components/paged-table';
import { paths } from '@/config/paths';
import { DEFAULT_PAGE_SIZE } from '@/hooks/use-paged-filter';
import {
  oneOfParam,
  pageParam,
  someOfParam,
  textParam,
  useUrlState,
  type ParamCodecs,
} from '@/hooks/use-url-state';
import { formatDate } from '@/lib/format';
import { toOptions } from '@/lib/labels';
import {
  useSupplyOrders,
  type SupplyOrderListParams,
  type SupplyOrderSummary,
} from '../api/get-supply-orders';
import {
  SORT_LABELS,
  STATUS_LABELS,
  TO_SHIP_STATUSES,
  plural,
  type SupplyOrderSort,
  type SupplyOrderStatus,
} from '../utils/labels';
import { OrderStatusBadge } from './order-status-badge';

const STATUSES = Object.keys(STATUS_LABELS) as SupplyOrderStatus[];
const SORTS = Object.keys(SORT_LABELS) as SupplyOrderSort[];

interface ListState {
  statut: SupplyOrderStatus[];
  q: string;
  tri: SupplyOrderSort | null;
  page: number;
}

const CODECS: ParamCodecs<ListState> = {
  statut: someOfParam(STATUSES),
  q: textParam,
  tri: oneOfParam(SORTS),
  page: pageParam,
};

/** Whether the statuses chosen are exactly those of « À expédier ». */
function isToShip(statuses: SupplyOrderStatus[]): boolean {
  return (
    statuses.length === TO_SHIP_STATUSES.length &&
    TO_SHIP_STATUSES.every((status) => statuses.includes(status))
  );
}

/** "40 unités : 30 réservées, 10 en attente". */
function describeQuantities(order: SupplyOrderSummary): string {
  const parts: string[] = [];
  if (order.quantityShipped > 0)
    parts.push(`${order.quantityShipped.toLocaleString('fr-FR')} expédiées`);
  const toShip = order.quantityReserved - order.quantityShipped;
  if (toShip > 0) parts.push(`${toShip.toLocaleString('fr-FR')} réservées`);
  if (order.quantityBackordered > 0) {
    parts.push(`${order.quantityBackordered.toLocaleString('fr-FR')} en attente`);
  }
  const total = plural(order.quantity, 'unité');
  return parts.length > 0 ? `${total} : ${parts.join(', ')}` : total;
}

interface OrderListProps {
  caption: string;
  /** Facilitators see every structure's orders, and the « À expédier » filter. */
  facilitator: boolean;
  emptyMessage: string;
  /** What to do when there is nothing at all (e.g. order). */
  emptyAction?: ReactNode;
}

/**
 * Orders with their status and quantities: a table on wide screens, cards on a phone; filters,
 * order and page in the URL (shareable, kept on reload).
 */
export function OrderList({ caption, facilitator, emptyMessage, emptyAction }: OrderListProps) {
  const [state, update] = useUrlState(CODECS);
  const [text, setText] = useState(state.q);
  const commitText = useDebouncedCallback((value: string) => {
    update({ q: value, page: 0 }, { replace: true });
  }, 300);
  const sort = state.tri ?? 'newest';
  const params: SupplyOrderListParams = {
    page: state.page,
    size: DEFAULT_PAGE_SIZE,
    sort,
    ...(state.statut.length > 0 ? { status: state.statut } : {}),
    ...(state.q ? { q: state.q } : {}),
  };
  const orders = useSupplyOrders(params);
  const filtered = state.statut.length > 0 || state.q !== '';
  const toShip = isToShip(state.statut);

  const columns: Column<SupplyOrderSummary>[] = [
    {
      header: 'Commande',
      render: (order) => (
        <Anchor component={Link} to={paths.supplyOrder(order.id)} fw={600}>
          {order.reference}
        </Anchor>
      ),
    },
    {
      header: 'Structure',
      render: (order) => (
        <Stack gap={0}>
          <Text size="sm">{order.structureName}</Text>
          {order.deliveryCity && (
            <Text size="sm" c="dimmed">
              {order.deliveryCity}
            </Text>
          )}
        </Stack>
      ),
    },
    { header: 'Statut', render: (order) => <OrderStatusBadge status={order.status} /> },
    {
      header: 'Produits',
      render: (order) => (
        <Stack gap={0}>
          <Text size="sm">{plural(order.lineCount, 'produit')}</Text>
          <Text size="sm" c="dimmed">
            {describeQuantities(order)}
          </Text>
        </Stack>
      ),
    },
    {
      header: 'Date',
      render: (order) => (
        <Text size="sm">
          {order.submittedAt
            ? `Envoyée le ${formatDate(order.submittedAt)}`
            : `Créée le ${formatDate(order.createdAt)}`}
        </Text>
      ),
    },
  ];

  const clearFilters = () => {
    setText('');
    update({ statut: [], q: '', page: 0 });
  };

  return (
    <Stack gap="md">
      {facilitator && (
        <Group gap="sm">
          <Button
            variant={toShip ? 'filled' : 'outline'}
            aria-pressed={toShip}
            onClick={() =>
              toShip
                ? update({ statut: [], tri: null, page: 0 })
                : update({ statut: TO_SHIP_STATUSES, tri: 'oldest', page: 0 })
            }
          >
            À expédier
          </Button>
        </Group>
      )}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label="Rechercher"
          description="Référence (C-00042) ou nom de la structure"
          type="search"
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            commitText(event.currentTarget.value);
          }}
          w={{ base: '100%', xs: 260 }}
        />
        <MultiSelect
          label="Statut"
          placeholder={state.statut.length === 0 ? 'Tous' : undefined}
          clearable
          data={toOptions(STATUS_LABELS)}
          value={state.statut}
          onChange={(values) =>
            update({
              statut: STATUSES.filter((status) => values.includes(status)),
              page: 0,
            })
          }
          w={{ base: '100%', xs: 320 }}
        />
        <Select
          label="Trier par"
          allowDeselect={false}
          data={toOptions(SORT_LABELS)}
          value={sort}
          onChange={(value) => {
            const chosen = SORTS.find((candidate) => candidate === value) ?? 'newest';
            update({ tri: chosen === 'newest' ? null : chosen, page: 0 });
          }}
          w={{ base: '100%', xs: 240 }}
        />
      </Group>
      <PagedTable
        caption={caption}
        columns={columns}
        rowKey={(order) => order.id}
        data={orders.data}
        isPending={orders.isPending}
        error={orders.error}
        onRetry={() => void orders.refetch()}
        errorAdvice="Si le problème continue, rechargez la page un peu plus tard."
        emptyMessage={
          toShip
            ? 'Aucune commande à expédier : tout ce qui était réservé est parti.'
            : filtered
              ? 'Aucune commande ne correspond à ces filtres.'
              : emptyMessage
        }
        emptyAction={
          filtered ? (
            <Button variant="outline" onClick={clearFilters}>
              Effacer les filtres
            </Button>
          ) : (
            emptyAction
          )
        }
        onPageChange={(page) => update({ page })}
      />
    </Stack>
  );
}
