import { Button, Group, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { OrderList } from '../components/order-list';

/** « Mes commandes » for a siae user (its structures'), « Commandes » (all) for a facilitator. */
export function OrdersRoute() {
  const facilitator = useSession()?.user.role === 'facilitator';
  const title = facilitator ? 'Commandes' : 'Mes commandes';
  return (
    <Stack gap="lg">
      <PageTitle title={title} />
      <Group justify="space-between" align="center">
        <Title order={1}>{title}</Title>
        <Button component={Link} to={paths.supplyOrderNew}>
          {facilitator ? 'Commander pour une structure' : 'Commander'}
        </Button>
      </Group>
      <OrderList
        caption={facilitator ? 'Les commandes des structures' : 'Les commandes de vos structures'}
        facilitator={facilitator}
        emptyMessage={
          facilitator
            ? 'Aucune commande pour l’instant : les commandes des structures apparaîtront ici.'
            : 'Vous n’avez encore passé aucune commande. Commandez masques, gants ou gel : ce qui est en stock vous est réservé aussitôt.'
        }
        emptyAction={
          <Button component={Link} to={paths.supplyOrderNew}>
            Commander des fournitures
          </Button>
        }
      />
    </Stack>
  );
}
