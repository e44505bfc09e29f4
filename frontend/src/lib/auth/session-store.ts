import type { CurrentUser } from '@/lib/api/types';

export interface Session {
  accessToken: string;
  user: CurrentUser;
}

type Listener = () => void;

let current: Session | null = null;
const listeners = new Set<Listener>();

function emit(): void {
  for (const listener of listeners) listener();
}

/**
 * The session lives in memory only (never localStorage): a reload restores it
 * through POST /auth/refresh and the HttpOnly refresh cookie.
 */
export const sessionStore = {
  get: (): Session | null => current,
  getAccessToken: (): string | null => current?.accessToken ?? null,
  set: (session: Session): void => {
    current = session;
    emit();
  },
  clear: (): void => {
    if (current === null) return;
    current = null;
    emit();
  },
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
