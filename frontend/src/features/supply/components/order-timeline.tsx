import { Text, Timeline } from '@mantine/core';
import { formatDateTime } from '@/lib/format';
import type { SupplyOrderView } from '../api/get-supply-order';
import { EVENT_LABELS } from '../utils/labels';

/** What happened to the order, oldest first: each step in words, when and by whom. */
export function OrderTimeline({ order }: { order: SupplyOrderView }) {
  if (order.events.length === 0)
    return <Text size="sm">Rien n’est encore arrivé à cette commande.</Text>;
  return (
    <Timeline active={order.events.length - 1} bulletSize={18} lineWidth={2}>
      {order.events.map((event, index) => (
        <Timeline.Item key={`${event.at}-${index}`} title={EVENT_LABELS[event.kind]}>
          {event.detail && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {event.detail}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {formatDateTime(event.at)}
            {event.authorName ? ` par ${event.authorName}` : ''}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
