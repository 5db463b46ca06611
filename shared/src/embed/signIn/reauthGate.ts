// A token that expires mid-shift: every platform call that got a 401 waits here, on one
// shared promise, while the host shows "sign in again" above the still-mounted client. The
// drafts, wrap-ups and outbox stay in the core and go on once a new token arrives; nothing is
// sent twice because the waiting calls are the same calls, resumed.
import { authExpired, authRenewed } from '../../features/session/sessionSlice';

export interface ReauthGate {
  /** For `signIn` of the core: resolves with the next token, or null if the agent gives up. */
  waitForToken(): Promise<string | null>;
  /** The agent signed in again. */
  provide(token: string): void;
  /** The agent signed out instead: waiting calls fail as expired. */
  abandon(): void;
  readonly waiting: boolean;
  /** Called when `waiting` changes. */
  subscribe(listener: () => void): () => void;
}

/**
 * `store`, when given, hears `session/authExpired` while calls wait and `session/authRenewed`
 * once they go on: the status bar says so, and remote views (Zendesk) show the prompt.
 */
export function createReauthGate(store?: {
  dispatch: (action: { type: string }) => unknown;
}): ReauthGate {
  let pending: { promise: Promise<string | null>; resolve: (t: string | null) => void } | null =
    null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const settle = (token: string | null) => {
    const current = pending;
    pending = null;
    if (current !== null && token !== null) store?.dispatch(authRenewed());
    current?.resolve(token);
    notify();
  };
  return {
    waitForToken() {
      if (pending === null) {
        let resolve: (t: string | null) => void = () => undefined;
        const promise = new Promise<string | null>((r) => {
          resolve = r;
        });
        pending = { promise, resolve };
        store?.dispatch(authExpired());
        notify();
      }
      return pending.promise;
    },
    provide: (token) => {
      settle(token);
    },
    abandon: () => {
      settle(null);
    },
    get waiting() {
      return pending !== null;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
