// The view side: a read-only copy of the host's state, kept by the host's snapshot and
// patches. Commands go to the host; the view applies them to its copy at once as well
// (optimistically), and re-applies the ones the host has not yet acknowledged on top of
// each state it receives, so typing into a view never waits for a round trip nor jumps back.
// When its host goes away and another starts (the leading page closed, another took the
// lead), the view resyncs from the new host and asks it to restore what the view showed.
import {
  PROTOCOL,
  deserializeError,
  isHostMessage,
  randomId,
  type HostMessage,
  type RemoteAction,
  type ViewMessage,
} from './protocol';
import { applyPatch, keepEqualParts } from './statePatch';
import type { RemoteTransport } from './transport';

export interface RemoteReplicaOptions<S> {
  transport: RemoteTransport;
  /** The host's reducer, for the optimistic copy of commands. */
  reducer: (state: S | undefined, action: RemoteAction) => S;
  /**
   * Extra actions to apply locally for a command whose effect the host reaches through a
   * saga (e.g. a keystroke command that the host turns into a draft update).
   */
  optimistic?: (action: RemoteAction) => RemoteAction[];
  /** How often a hello is repeated while no host answers (the host may start later). */
  helloIntervalMs?: number;
  /** A call with no answer after this long rejects. */
  callTimeoutMs?: number;
  reviveError?: (error: Error) => Error;
  /**
   * After a host was replaced: the commands that bring back, in the new host, what the view
   * showed before (an open chat, a typed draft). Called with the last state of the old host
   * and each new state of the new one; each distinct command is sent once. Returns null when
   * nothing is left to restore, [] while what it needs has not arrived yet.
   */
  resume?: (previous: S, current: S) => RemoteAction[] | null;
  /** How long after a replacement `resume` keeps trying (the new host may sign in first). */
  resumeWithinMs?: number;
}

export interface RemoteReplica<S> {
  readonly viewId: string;
  getState(): S;
  subscribe(listener: () => void): () => void;
  /** Applies the action locally at once and sends it to the host. */
  dispatch<A extends RemoteAction>(action: A): A;
  /** Calls a function the host serves; resolves with its result. */
  call(path: string[], args: unknown[]): Promise<unknown>;
  /** True once the host's first snapshot arrived. */
  isSynced(): boolean;
  /** Resolves with the first snapshot. */
  readonly ready: Promise<void>;
  close(): void;
}

interface PendingCall {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
  path: string[];
  /** The host that had the call (null: sent before any host was known, any may answer). */
  sentTo: string | null;
}

export function createRemoteReplica<S>(options: RemoteReplicaOptions<S>): RemoteReplica<S> {
  const { transport, reducer } = options;
  const viewId = randomId('view');
  const listeners = new Set<() => void>();
  const calls = new Map<number, PendingCall>();
  let base: S = reducer(undefined, { type: '@@remote/init' });
  let visible = base;
  /** Commands the host has not acknowledged, and the host each was sent to (null: none yet). */
  let pending: {
    seq: number;
    command: RemoteAction;
    actions: RemoteAction[];
    sentTo: string | null;
  }[] = [];
  let hostId: string | null = null;
  let rev = -1;
  let seq = 0;
  let callId = 0;
  let synced = false;
  let closed = false;
  /** What the view showed when its host was replaced, until the new host has it back. */
  let carried: { previous: S; sent: Set<string>; until: number } | null = null;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const send = (message: DistributiveOmit<ViewMessage, 'protocol' | 'viewId'>) => {
    if (!closed) transport.send({ ...message, protocol: PROTOCOL, viewId });
  };

  function publish() {
    let next = base;
    for (const entry of pending) for (const action of entry.actions) next = reducer(next, action);
    next = keepEqualParts(visible, next);
    if (next === visible) return;
    visible = next;
    for (const listener of [...listeners]) listener();
  }

  function dropAcknowledged(acks: Record<string, number>) {
    const acked = acks[viewId] ?? 0;
    pending = pending.filter((entry) => entry.seq > acked);
  }

  function resync() {
    synced = false;
    rev = -1;
    send({ kind: 'hello' });
  }

  /** The host this view followed is gone: follow the one that just spoke. */
  function hostReplaced() {
    // Calls the old host had will never be answered: say so now rather than after the
    // timeout (a Sign out clicked just before the panel that led closed waited 30 s).
    for (const [id, call] of calls) {
      if (call.sentTo === null || call.sentTo !== hostId) continue;
      calls.delete(id);
      clearTimeout(call.timer);
      call.reject(
        new Error(
          `The background changed before it answered ${call.path.join('.')}; it may or may not have run, try again`,
        ),
      );
    }
    carried ??= {
      previous: visible,
      sent: new Set(),
      until: Date.now() + (options.resumeWithinMs ?? 60_000),
    };
    hostId = null;
    resync();
  }

  function resumeCarried() {
    if (carried === null || !synced || options.resume === undefined) return;
    const current = carried;
    const commands = Date.now() > current.until ? null : options.resume(current.previous, visible);
    if (commands === null) {
      carried = null;
      return;
    }
    for (const command of commands) {
      const key = JSON.stringify(command);
      if (current.sent.has(key)) continue;
      current.sent.add(key);
      dispatchCommand(command);
    }
  }

  function onHostMessage(message: HostMessage) {
    if (message.kind === 'announce') {
      if (hostId !== null && message.hostId !== hostId) hostReplaced();
      else if (!synced) send({ kind: 'hello' });
      return;
    }
    if (
      (message.kind === 'snapshot' || message.kind === 'result' || message.kind === 'failure') &&
      message.to !== viewId
    ) {
      return;
    }
    if (hostId !== null && message.hostId !== hostId && message.kind !== 'snapshot') {
      // A new host (the leading page closed or the background reloaded): start over.
      hostReplaced();
      return;
    }
    switch (message.kind) {
      case 'snapshot':
        hostId = message.hostId;
        rev = message.rev;
        // The snapshot is the host's state as is; it replaces, never merges.
        base = message.state as S;
        dropAcknowledged(message.acks);
        // A command the old host received but never acknowledged may have run there (a sent
        // reply): never run it twice. What it changed in the view comes back through resume.
        pending = pending.filter(
          (entry) => entry.sentTo === null || entry.sentTo === message.hostId,
        );
        // Commands made before any host knew us (none started yet) go now.
        for (const entry of pending) {
          if (entry.sentTo !== null) continue;
          entry.sentTo = message.hostId;
          send({ kind: 'command', seq: entry.seq, action: entry.command });
        }
        if (!synced) {
          synced = true;
          markReady();
        }
        publish();
        resumeCarried();
        return;
      case 'patch':
        if (!synced) return;
        if (message.rev <= rev) return;
        if (message.rev !== rev + 1) {
          resync();
          return;
        }
        rev = message.rev;
        base = applyPatch(base, message.ops);
        dropAcknowledged(message.acks);
        publish();
        resumeCarried();
        return;
      case 'result':
      case 'failure': {
        const call = calls.get(message.callId);
        if (call === undefined) return;
        calls.delete(message.callId);
        clearTimeout(call.timer);
        if (message.kind === 'result') call.resolve(message.value);
        else {
          const error = deserializeError(message.error);
          call.reject(options.reviveError?.(error) ?? error);
        }
        return;
      }
    }
  }

  function dispatchCommand<A extends RemoteAction>(action: A): A {
    seq += 1;
    const sentTo = synced ? hostId : null;
    pending.push({
      seq,
      command: action,
      actions: [action, ...(options.optimistic?.(action) ?? [])],
      sentTo,
    });
    if (sentTo !== null) send({ kind: 'command', seq, action });
    publish();
    return action;
  }

  const stopListening = transport.listen((raw) => {
    if (isHostMessage(raw)) onHostMessage(raw);
  });
  send({ kind: 'hello' });
  const helloTimer = setInterval(() => {
    if (!synced) send({ kind: 'hello' });
  }, options.helloIntervalMs ?? 500);

  return {
    viewId,
    getState: () => visible,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch: dispatchCommand,
    call(path, args) {
      callId += 1;
      const id = callId;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          calls.delete(id);
          reject(new Error(`The background did not answer ${path.join('.')} in time`));
        }, options.callTimeoutMs ?? 30_000);
        calls.set(id, { resolve, reject, timer, path, sentTo: synced ? hostId : null });
        send({ kind: 'call', callId: id, path, args });
      });
    },
    isSynced: () => synced,
    ready,
    close() {
      send({ kind: 'bye' });
      closed = true;
      clearInterval(helloTimer);
      stopListening();
      for (const call of calls.values()) {
        clearTimeout(call.timer);
        call.reject(new Error('The view was closed'));
      }
      calls.clear();
      listeners.clear();
    },
  };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
