// The host side: runs next to the real store. It announces itself when it starts, answers a
// view's hello with a snapshot, sends every later change as a patch, applies the commands
// views send (only those it accepts) and answers their calls on the objects it serves.
import {
  PROTOCOL,
  isViewMessage,
  randomId,
  serializeError,
  type Acks,
  type HostMessage,
  type RemoteAction,
  type ViewMessage,
} from './protocol';
import { diffState } from './statePatch';
import type { RemoteTransport } from './transport';

export interface ObservableStore<S> {
  getState(): S;
  subscribe(listener: () => void): () => void;
  dispatch(action: RemoteAction): unknown;
}

export interface RemoteHostOptions<S> {
  store: ObservableStore<S>;
  transport: RemoteTransport;
  /** Which actions a view may dispatch; anything else is dropped (and still acknowledged). */
  acceptCommand: (action: RemoteAction) => boolean;
  /**
   * Functions a view may call by path, e.g. `{ admin: { listCodes } }`. Only own properties
   * that are functions are reachable.
   */
  calls?: object;
  /** Object levels the patches descend (see diffState). */
  diffDepth?: number;
  onRejected?: (reason: string, detail: unknown) => void;
}

export interface RemoteHost {
  /** How many views said hello and have not said bye. */
  viewCount(): number;
  close(): void;
}

function findCallable(
  root: object | undefined,
  path: string[],
): ((...args: unknown[]) => unknown) | null {
  let current: unknown = root;
  for (const part of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, part))
      return null;
    current = (current as Record<string, unknown>)[part];
  }
  return typeof current === 'function' ? (current as (...args: unknown[]) => unknown) : null;
}

export function startRemoteHost<S>(options: RemoteHostOptions<S>): RemoteHost {
  const { store, transport } = options;
  const hostId = randomId('host');
  const views = new Set<string>();
  let acks: Acks = {};
  let rev = 0;
  let lastSent = store.getState();
  let flushQueued = false;
  let closed = false;

  const send = (message: DistributiveOmit<HostMessage, 'protocol' | 'hostId'>) => {
    if (!closed) transport.send({ ...message, protocol: PROTOCOL, hostId });
  };

  function flush() {
    flushQueued = false;
    const current = store.getState();
    const ops = diffState(lastSent, current, options.diffDepth);
    if (ops.length === 0 && !acksChanged) return;
    lastSent = current;
    acksChanged = false;
    rev += 1;
    send({ kind: 'patch', rev, ops, acks: { ...acks } });
  }

  let acksChanged = false;
  const scheduleFlush = () => {
    if (flushQueued) return;
    flushQueued = true;
    // A burst of dispatches (one socket frame often makes several) becomes one patch.
    queueMicrotask(flush);
  };

  async function answerCall(message: Extract<ViewMessage, { kind: 'call' }>) {
    const fn = findCallable(options.calls, message.path);
    try {
      if (fn === null) throw new Error(`No remote call ${message.path.join('.')}`);
      const value: unknown = await fn(...message.args);
      send({ kind: 'result', to: message.viewId, callId: message.callId, value });
    } catch (error) {
      send({
        kind: 'failure',
        to: message.viewId,
        callId: message.callId,
        error: serializeError(error),
      });
    }
  }

  function onMessage(raw: unknown) {
    if (!isViewMessage(raw)) return;
    switch (raw.kind) {
      case 'hello':
        views.add(raw.viewId);
        // Pending changes go out first, so the snapshot and the patch stream agree on rev.
        flush();
        send({ kind: 'snapshot', to: raw.viewId, rev, state: lastSent, acks: { ...acks } });
        return;
      case 'bye':
        views.delete(raw.viewId);
        acks = Object.fromEntries(Object.entries(acks).filter(([id]) => id !== raw.viewId));
        return;
      case 'command':
        if (options.acceptCommand(raw.action)) store.dispatch(raw.action);
        else options.onRejected?.('command not accepted', raw.action.type);
        acks = { ...acks, [raw.viewId]: raw.seq };
        acksChanged = true;
        scheduleFlush();
        return;
      case 'call':
        void answerCall(raw);
        return;
    }
  }

  const stopListening = transport.listen(onMessage);
  const unsubscribe = store.subscribe(scheduleFlush);
  // A host that replaces one which went away (its page closed) tells the views at once, so
  // they need not wait for its first change to learn that their host is gone.
  send({ kind: 'announce' });

  return {
    viewCount: () => views.size,
    close() {
      closed = true;
      unsubscribe();
      stopListening();
    },
  };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
