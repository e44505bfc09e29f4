import { useRef } from 'react';

/** A random UUID; `crypto.randomUUID` exists only on secure origins (https, localhost). */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A stock write that must be recorded once, with its Idempotency-Key. One key per attempt: sending
 * the same body again (a retry after an answer lost on the way) reuses the key, so the server
 * records it once and answers the first response again; a changed body is another attempt, with a
 * new key (the server refuses an old key with another body). While a send is unanswered, another
 * (a double click) is not sent at all. A dialog opened anew starts a new attempt.
 */
export function useStockAttempt() {
  const last = useRef<{ body: string; key: string } | null>(null);
  const sending = useRef(false);
  return {
    /** The key to send this body with, or null while the previous send is unanswered. */
    start: (body: unknown): string | null => {
      if (sending.current) return null;
      sending.current = true;
      const sent = JSON.stringify(body);
      if (last.current?.body !== sent) last.current = { body: sent, key: newKey() };
      return last.current.key;
    },
    /** The answer came (a success or a failure): the next send may go. */
    finish: () => {
      sending.current = false;
    },
  };
}
