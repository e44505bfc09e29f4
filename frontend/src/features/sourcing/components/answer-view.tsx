import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatEuros } from '@/lib/format';
import type { SolicitationAnswerView } from '../api/get-my-solicitation';

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
      <Text span size="sm" fw={600}>
        {label} :
      </Text>{' '}
      {children}
    </Text>
  );
}

/** An answer as it was sent: the message, quote, capacity and partners, or the reason to decline. */
export function AnswerView({ answer }: { answer: SolicitationAnswerView }) {
  if (answer.decision === 'DECLINED') {
    return (
      <Stack gap={4}>
        <Line label="Raison">{answer.declineReason ?? '—'}</Line>
      </Stack>
    );
  }
  return (
    <Stack gap={4}>
      {answer.message && <Line label="Message">{answer.message}</Line>}
      {answer.quoteAmount != null && <Line label="Devis">{formatEuros(answer.quoteAmount)}</Line>}
      {answer.monthlyCapacity && <Line label="Capacité mensuelle">{answer.monthlyCapacity}</Line>}
      {answer.partnerStructureNames.length > 0 && (
        <Line label="En co-traitance avec">{answer.partnerStructureNames.join(', ')}</Line>
      )}
    </Stack>
  );
}
