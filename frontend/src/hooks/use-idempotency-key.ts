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
 * The Idempotency-Key of one attempt: the same key while the same request is tried again (a
 * lost answer, a click after a failure), so the server never does it twice; a new one once the
 * request changes or `done` says it went through. `start`/`finish` add a guard for writes that
 * must not even be sent twice at once (a double click on a stock receipt).
 */
export function useIdempotencyKey() {
  const current = useRef<{ key: string; request: string } | null>(null);
  const sending = useRef(false);
  const keyFor = (request: unknown): string => {
    const text = JSON.stringify(request ?? null);
    if (current.current?.request !== text) current.current = { key: newKey(), request: text };
    return current.current.key;
  };
  return {
    keyFor,
    done: () => {
      current.current = null;
    },
    /** The key for this request, or null while the previous send is unanswered. */
    start: (request: unknown): string | null => {
      if (sending.current) return null;
      sending.current = true;
      return keyFor(request);
    },
    /** The answer came (a success or a failure): the next send may go. */
    finish: () => {
      sending.current = false;
    },
  };
}
