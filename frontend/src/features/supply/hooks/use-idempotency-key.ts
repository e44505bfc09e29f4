import { useRef } from 'react';

/** A random key; randomUUID needs a secure context, getRandomValues does not. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/**
 * The Idempotency-Key of one attempt: the same key while the same request is tried again (a
 * lost answer, a click after a failure), so the server never does it twice; a new one once the
 * request changes or `done` says it went through.
 */
export function useIdempotencyKey() {
  const current = useRef<{ key: string; request: string } | null>(null);
  return {
    keyFor: (request: unknown): string => {
      const text = JSON.stringify(request ?? null);
      if (current.current?.request !== text) current.current = { key: newKey(), request: text };
      return current.current.key;
    },
    done: () => {
      current.current = null;
    },
  };
}
