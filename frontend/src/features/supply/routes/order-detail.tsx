import { Alert, Anchor, Button, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { DetailField, DetailSection } from '@/components/detail-section';
import { ErrorAlert } from '@/components/error-alert';
import { PageLoader } from '@/components/page-loader';
import { PageTitle } from '@/components/page-title';
import { ProblemMessage } from '@/components/problem-message';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { formatDate, formatDateTime } from '@/lib/format';
import { useCancelSupplyOrder } from '../api/cancel-supply-order';
import { useCancelSupplyOrderLine } from '../api/cancel-supply-order-line';
import { useDeliverSupplyOrder } from '../api/deliver-supply-order';
import {
  useSupplyOrder,
  type SupplyOrderLineView,
  type SupplyOrderView,
} from '../api/get-supply-order';
import { useSubmitSupplyOrder } from '../api/submit-supply-order';
import { DeliveryDialog } from '../components/delivery-dialog';
import { OrderLines } from '../components/order-lines';
import { OrderStatusBadge } from '../components/order-status-badge';
import { OrderTimeline } from '../components/order-timeline';
import { ShipDialog, shippableLines } from '../components/ship-dialog';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { isOpen, plural } from '../utils/labels';

type Dialog =
  | { kind: 'cancel' }
  | { kind: 'delivery' }
  | { kind: 'ship' }
  | { kind: 'cancel-line'; line: SupplyOrderLineView }
  | null;

const units = (count: number) => plural(count, 'unité');

/** What the order's status means now: what is reserved, what waits, what comes next. */
function StatusExplanation({ order }: { order: SupplyOrderView }) {
  const open = order.lines.filter((line) => !line.cancelled);
  const reserved = open.reduce((sum, line) => sum + line.quantityReserved, 0);
  const waiting = open.reduce((sum, line) => sum + line.quantityBackordered, 0);
  const shipped = open.reduce((sum, line) => sum + line.quantityShipped, 0);
  const partly =
    shipped > 0 ? ` ${units(shipped)} déjà ${shipped > 1 ? 'parties' : 'partie'}.` : '';
  switch (order.status) {
    case 'DRAFT':
      return (
        <Alert variant="light" title="Brouillon : rien n’est encore réservé">
          <Text size="sm">
            Envoyez la commande pour réserver ce qui est en stock ; le reste attendra le prochain
            arrivage.
          </Text>
        </Alert>
      );
    case 'SUBMITTED':
      return (
        <Alert variant="light" title="Commande envoyée">
          <Text size="sm">
            La réservation des produits en stock est en cours : rechargez la page.
          </Text>
        </Alert>
      );
    case 'RESERVED':
      return (
        <Alert variant="light" color="teal" title="Tout est réservé">
          <Text size="sm">
            {units(reserved)} {reserved > 1 ? 'sont réservées' : 'est réservée'} : la commande
            partira prochainement.{partly}
          </Text>
        </Alert>
      );
    case 'PARTIALLY_RESERVED':
      return (
        <Alert variant="light" color="yellow" title="Réservée en partie">
          <Text size="sm">
            {units(reserved)} {reserved > 1 ? 'réservées' : 'réservée'} ; {units(waiting)}{' '}
            {waiting > 1 ? 'attendent' : 'attend'} le prochain arrivage :{' '}
            {waiting > 1 ? 'elles seront attribuées' : 'elle sera attribuée'} dès que le stock le
            permettra.{partly}
          </Text>
        </Alert>
      );
    case 'BACKORDERED':
      return (
        <Alert variant="light" color="orange" title="En attente de stock">
          <Text size="sm">
            Rien n’est en stock pour l’instant : {units(waiting)}{' '}
            {waiting > 1 ? 'attendent' : 'attend'} le prochain arrivage. La structure est prévenue
            par e-mail dès que du stock lui est attribué.
          </Text>
        </Alert>
      );
    case 'SHIPPED':
      return (
        <Alert variant="light" color="indigo" title="Expédiée">
          <Text size="sm">
            Tout est parti ({units(shipped)}) le {formatDate(order.shippedAt)} : suivez les colis
            ci-dessous.
          </Text>
        </Alert>
      );
    case 'DELIVERED':
      return (
        <Alert variant="light" color="green" title="Livrée">
          <Text size="sm">Commande livrée le {formatDate(order.deliveredAt)}.</Text>
        </Alert>
      );
    case 'CANCELLED':
      return (
        <Alert variant="light" color="gray" title="Annulée">
          <Text size="sm">
            Commande annulée le {formatDate(order.cancelledAt)} : les unités qui lui étaient
            réservées sont retournées au stock.
          </Text>
        </Alert>
      );
  }
}

interface ActionsProps {
  order: SupplyOrderView;
  facilitator: boolean;
  onOpen: (dialog: Dialog) => void;
}

/** What the reader may do now, by role and status (the server checks it again). */
function OrderActions({ order, facilitator, onOpen }: ActionsProps) {
  const submit = useSubmitSupplyOrder();
  const deliver = useDeliverSupplyOrder();
  const submitKey = useIdempotencyKey();
  const { status } = order;
  const draft = status === 'DRAFT';
  const shippedAny = order.lines.some((line) => line.quantityShipped > 0);
  const failure = submit.error ?? deliver.error;

  const send = () => {
    submit.mutate(
      { id: order.id, idempotencyKey: submitKey.keyFor(order.id) },
      {
        onSuccess: (sent) => {
          submitKey.done();
          notifications.show({
            color: 'green',
            message: `Commande ${sent.data.reference} envoyée.`,
          });
        },
      },
    );
  };
  const markDelivered = () => {
    deliver.mutate(order.id, {
      onSuccess: () => notifications.show({ color: 'green', message: 'Commande livrée.' }),
    });
  };

  return (
    <Stack gap="sm">
      <Group gap="sm">
        {draft && (
          <>
            <Button component={Link} to={paths.supplyOrderEdit(order.id)} variant="outline">
              Modifier le brouillon
            </Button>
            <Button onClick={send} loading={submit.isPending}>
              Envoyer la commande
            </Button>
          </>
        )}
        {facilitator && isOpen(status) && shippableLines(order).length > 0 && (
          <Button onClick={() => onOpen({ kind: 'ship' })}>Enregistrer un envoi</Button>
        )}
        {facilitator && status === 'SHIPPED' && (
          <Button onClick={markDelivered} loading={deliver.isPending}>
            Marquer comme livrée
          </Button>
        )}
        {(draft || isOpen(status)) && (
          <Button variant="outline" onClick={() => onOpen({ kind: 'delivery' })}>
            Changer l’adresse de livraison
          </Button>
        )}
        {(draft || isOpen(status)) && !shippedAny && (
          <Button variant="outline" color="red" onClick={() => onOpen({ kind: 'cancel' })}>
            Annuler la commande
          </Button>
        )}
      </Group>
      {failure !== null && (
        <Alert
          color="red"
          variant="outline"
          role="alert"
          title={
            submit.error ? 'La commande n’est pas partie' : 'La livraison n’est pas enregistrée'
          }
        >
          <ProblemMessage error={failure} />
          {submit.error !== null && draft && (
            <Text size="sm" mt="xs">
              Modifiez le brouillon pour la compléter, puis envoyez-la de nouveau.
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}

interface CancelDialogProps<TVariables> {
  title: string;
  confirmLabel: string;
  /** What cancelling does, said before it is confirmed. */
  consequences: string;
  /** The notice once it is done. */
  doneMessage: string;
  /** The cancelling request (the whole order's or one line's) and what it is sent. */
  cancel: Pick<UseMutationResult<unknown, Error, TVariables>, 'mutate' | 'isPending' | 'error'>;
  variables: TVariables;
  onClose: () => void;
}

/** Asks before cancelling the order or one of its lines; a refusal stays in the open dialog. */
function CancelDialog<TVariables>({
  title,
  confirmLabel,
  consequences,
  doneMessage,
  cancel,
  variables,
  onClose,
}: CancelDialogProps<TVariables>) {
  return (
    <ConfirmDialog
      title={title}
      confirmLabel={confirmLabel}
      submitting={cancel.isPending}
      error={cancel.error}
      onClose={onClose}
      onConfirm={() =>
        cancel.mutate(variables, {
          onSuccess: () => {
            notifications.show({ color: 'green', message: doneMessage });
            onClose();
          },
        })
      }
    >
      {consequences}
    </ConfirmDialog>
  );
}

function Shipments({ order }: { order: SupplyOrderView }) {
  if (order.shipments.length === 0) {
    return (
      <Text size="sm">
        {order.status === 'CANCELLED' || order.status === 'DRAFT'
          ? 'Aucun colis.'
          : 'Aucun colis n’est encore parti : la structure est prévenue par e-mail à chaque expédition.'}
      </Text>
    );
  }
  const names = new Map(order.lines.map((line) => [line.id, line.productName]));
  return (
    <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {order.shipments.map((shipment) => (
        <Stack component="li" key={shipment.id} gap={4}>
          <Text fw={600}>
            Colis du {formatDate(shipment.shippedOn)} · {shipment.carrier}
          </Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {shipment.trackingReference
              ? `Numéro de suivi : ${shipment.trackingReference}`
              : 'Sans numéro de suivi'}
          </Text>
          <Text size="sm">
            {shipment.lines
              .map(
                (shipped) =>
                  `${names.get(shipped.lineId) ?? 'Produit'} : ${units(shipped.quantity)}`,
              )
              .join(' ; ')}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}

/** An order's page: what was asked, reserved, waits and left, where it goes, and its history. */
export function OrderDetailRoute() {
  const { id = '' } = useParams();
  const order = useSupplyOrder(id);
  const facilitator = useSession()?.user.role === 'facilitator';
  const [dialog, setDialog] = useState<Dialog>(null);
  // Owned here, so that one dialog serves both; reset on closing, so that a new attempt starts afresh.
  const cancelOrder = useCancelSupplyOrder();
  const cancelLine = useCancelSupplyOrderLine();
  const listLabel = facilitator ? 'Toutes les commandes' : 'Mes commandes';

  if (order.isPending) return <PageLoader label="Chargement de la commande…" />;
  if (order.error) {
    return (
      <Stack gap="lg">
        <PageTitle title="Commande" />
        <Title order={1}>Commande</Title>
        <ErrorAlert
          error={order.error}
          title="Impossible de charger la commande"
          onRetry={() => void order.refetch()}
        />
        <Anchor component={Link} to={paths.supplyOrders}>
          Retour à la liste des commandes
        </Anchor>
      </Stack>
    );
  }
  const { data: detail, etag } = order.data;
  const close = () => {
    cancelOrder.reset();
    cancelLine.reset();
    setDialog(null);
  };
  const { delivery } = detail;
  const lineActions = isOpen(detail.status);

  return (
    <Stack gap="lg">
      <PageTitle title={`Commande ${detail.reference}`} />
      <Anchor component={Link} to={paths.supplyOrders} size="sm">
        ← {listLabel}
      </Anchor>
      <Stack gap="xs">
        <Title order={1}>Commande {detail.reference}</Title>
        <Group gap="xs">
          <OrderStatusBadge status={detail.status} />
          <Text size="sm">
            {detail.structureName} · créée le {formatDate(detail.createdAt)}
            {detail.submittedAt ? `, envoyée le ${formatDate(detail.submittedAt)}` : ''}
          </Text>
        </Group>
      </Stack>

      <StatusExplanation order={detail} />
      <OrderActions order={detail} facilitator={facilitator} onOpen={setDialog} />

      {/* The whole width for the lines: six columns never squeezed into a side column. */}
      <DetailSection title="Produits">
        <OrderLines
          lines={detail.lines}
          onCancelLine={
            lineActions ? (line) => setDialog({ kind: 'cancel-line', line }) : undefined
          }
        />
      </DetailSection>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg" miw={0}>
            <DetailSection title="Livraison">
              <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
                <DetailField label="Adresse">
                  {delivery.address || delivery.postCode || delivery.city
                    ? [
                        delivery.address,
                        [delivery.postCode, delivery.city].filter(Boolean).join(' '),
                      ]
                        .filter(Boolean)
                        .join(', ')
                    : 'À compléter'}
                </DetailField>
                <DetailField label="Personne qui reçoit">
                  {delivery.contactName ?? 'À compléter'}
                </DetailField>
                <DetailField label="Téléphone">
                  {delivery.contactPhone ?? 'À compléter'}
                </DetailField>
                <DetailField label="E-mail">{delivery.contactEmail ?? 'Non précisé'}</DetailField>
              </SimpleGrid>
              {detail.comment && (
                <dl style={{ margin: 0 }}>
                  <DetailField label="Commentaire">
                    <span style={{ whiteSpace: 'pre-line' }}>{detail.comment}</span>
                  </DetailField>
                </dl>
              )}
            </DetailSection>
            <DetailSection title="Colis">
              <Shipments order={detail} />
            </DetailSection>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <DetailSection title="Historique">
            <OrderTimeline order={detail} />
            <Text size="xs" c="dimmed">
              Dernière mise à jour : {formatDateTime(detail.events.at(-1)?.at ?? detail.createdAt)}
            </Text>
          </DetailSection>
        </Grid.Col>
      </Grid>

      {dialog?.kind === 'cancel' && (
        <CancelDialog
          title="Annuler la commande"
          confirmLabel="Oui, annuler la commande"
          consequences={
            detail.status === 'DRAFT'
              ? 'Le brouillon sera abandonné. Cette annulation est définitive.'
              : 'Les unités réservées pour cette commande retourneront au stock et ses demandes en attente seront abandonnées. Cette annulation est définitive.'
          }
          doneMessage={`Commande ${detail.reference} annulée.`}
          cancel={cancelOrder}
          variables={detail.id}
          onClose={close}
        />
      )}
      {dialog?.kind === 'cancel-line' && (
        <CancelDialog
          title="Annuler la ligne"
          confirmLabel="Oui, annuler la ligne"
          consequences={`« ${dialog.line.productName} » : ${units(dialog.line.quantityReserved)} réservée(s) retourneront au stock et ${units(dialog.line.quantityBackordered)} en attente ne seront plus servies. Les autres lignes ne changent pas.`}
          doneMessage={`Ligne « ${dialog.line.productName} » annulée.`}
          cancel={cancelLine}
          variables={{ id: detail.id, lineId: dialog.line.id }}
          onClose={close}
        />
      )}
      {dialog?.kind === 'delivery' && (
        <DeliveryDialog
          order={detail}
          etag={etag}
          onReload={async () => (await order.refetch()).data?.data}
          onClose={close}
        />
      )}
      {dialog?.kind === 'ship' && <ShipDialog order={detail} onClose={close} />}
    </Stack>
  );
}
