// Web messaging snapshots list message ids, not texts. Ids that arrive together (a burst of
// customer messages makes a burst of snapshots) are gathered until the snapshots pause, then
// fetched with one bulk request per conversation, never one request per message. Statuses of
// the agent's messages (Sent, Delivered, Read, Failed) are taken from the same snapshots.
// A customer's message is never silently dropped (rule 7): ids whose fetch fails stay
// pending and are fetched again with backoff while the conversation is in the agent's list.
import { buffers, type Channel } from 'redux-saga';
import {
  actionChannel,
  call,
  delay,
  fork,
  put,
  race,
  select,
  take,
  takeEvery,
} from 'typed-redux-saga';
import type { CoreDeps } from '../../app/coreDeps';
import { sagaRetryDelayMs } from '../../app/sagaRetryDelay';
import { isRetryable } from '../../platform/platformError';
import type { RootState } from '../../app/rootReducer';
import type { MessageDeliveryStatus } from '../../platform/messagingTypes';
import { messageOf, messagesFetched, messageStatusesChanged } from '../messages/messagesSlice';
import { resendFailedMessage } from './resendFailedMessage';
import { messageRefsReceived, resendRequested } from './messagingEvents';
import { ofType } from '../../app/actionPatterns';

type RefsAction = ReturnType<typeof messageRefsReceived>;

/**
 * Tries of one message id the platform refuses to give (a deleted message's 404, an answer
 * that cannot be read, an id left out of the answer) before it is given up with a warning.
 * Failures the platform may get over (5xx, 429, the network) are tried again without limit
 * while the conversation stays in the agent's list.
 */
const REFUSED_TRIES = 3;

/**
 * Ids still to fetch, with the refusals each has had, per conversation. A conversation is in
 * it exactly while its one fetching task runs.
 */
type Pending = Map<string, Map<string, number>>;

interface Gathered {
  /** Unknown message ids per conversation, to fetch. */
  missing: Map<string, Set<string>>;
  /** Newer statuses of known messages per conversation. */
  statuses: Map<string, Record<string, MessageDeliveryStatus>>;
}

function* gather(action: RefsAction, into: Gathered) {
  const { conversationId, refs } = action.payload;
  const transcript = yield* select((s: RootState) => s.messages.entities[conversationId]);
  for (const ref of refs) {
    const known = transcript && messageOf(transcript, ref.id);
    if (known === undefined) {
      const ids = into.missing.get(conversationId) ?? new Set<string>();
      ids.add(ref.id);
      into.missing.set(conversationId, ids);
    } else if (
      ref.status !== undefined &&
      known.messaging?.direction === 'outbound' &&
      known.messaging.status !== ref.status
    ) {
      const statuses = into.statuses.get(conversationId) ?? {};
      statuses[ref.id] = ref.status;
      into.statuses.set(conversationId, statuses);
    }
  }
}

/** The pending ids of a conversation its transcript still lacks. */
function* stillMissing(ids: Map<string, number>, conversationId: string) {
  const transcript = yield* select((s: RootState) => s.messages.entities[conversationId]);
  for (const id of ids.keys()) {
    // Something else (the transcript load, a send's answer) may have brought it meanwhile.
    if (transcript !== undefined && messageOf(transcript, id) !== undefined) ids.delete(id);
  }
  return [...ids.keys()];
}

/** Counts a refused try of each id; those out of tries are given up, with a warning. */
function refuse(
  deps: CoreDeps,
  ids: Map<string, number>,
  conversationId: string,
  refused: string[],
) {
  for (const id of refused) {
    const count = (ids.get(id) ?? 0) + 1;
    if (count < REFUSED_TRIES) {
      ids.set(id, count);
      continue;
    }
    ids.delete(id);
    deps.logger.warn(`message ${id} of ${conversationId} given up after ${count} refusals`);
  }
}

/**
 * Fetches the missing messages of one conversation until none is missing: one bulk request
 * at a time, ids that arrive meanwhile joining the next one. A failure is tried again with
 * backoff as long as the conversation is in the agent's list; a refusal counts against the
 * ids asked for (refuse).
 */
function* fetchMissing(deps: CoreDeps, pending: Pending, conversationId: string) {
  const ids = pending.get(conversationId) ?? new Map<string, number>();
  let failures = 0;
  try {
    for (;;) {
      if (failures > 0) {
        const listed = yield* select((s: RootState) => s.interactions.entities[conversationId]);
        if (listed === undefined) return;
      }
      const batch = yield* stillMissing(ids, conversationId);
      if (batch.length === 0) return;
      let left = batch;
      let error: unknown;
      try {
        const messages = yield* call(deps.platform.fetchMessages, conversationId, batch);
        yield* put(messagesFetched({ conversationId, messages }));
        const got = new Set(messages.map((m) => m.id));
        left = batch.filter((id) => !got.has(id));
        for (const id of got) ids.delete(id);
        if (left.length === 0) {
          failures = 0;
          continue;
        }
      } catch (failure) {
        error = failure;
        deps.logger.warn(
          `messages of ${conversationId} not fetched (attempt ${failures + 1}, ${batch.length} ids)`,
          failure,
        );
      }
      // Answered without them (the platform has no such messages), or refused outright.
      if (error === undefined || !isRetryable(error)) refuse(deps, ids, conversationId, left);
      failures += 1;
      yield* delay(sagaRetryDelayMs(deps, error, failures));
    }
  } finally {
    // Left the list, or the core stopped: what is still missing comes with the next
    // snapshot or the resync's transcript load.
    pending.delete(conversationId);
  }
}

/** Waits while snapshots keep coming (each within the quiet time), up to the longest wait. */
function* untilQuiet(deps: CoreDeps, channel: Channel<RefsAction>, into: Gathered) {
  const { messageQuietMs, messageMaxWaitMs } = deps.timings;
  const deadline = deps.clock.now() + messageMaxWaitMs;
  for (;;) {
    const left = deadline - deps.clock.now();
    if (left <= 0) return;
    const { next } = yield* race({
      next: take(channel),
      quiet: delay(Math.min(messageQuietMs, left)),
    });
    if (next === undefined) return;
    yield* gather(next, into);
  }
}

export function* messagingSaga(deps: CoreDeps) {
  yield* takeEvery(ofType(resendRequested), resendFailedMessage, deps);
  const channel = yield* actionChannel(
    ofType(messageRefsReceived),
    buffers.expanding<RefsAction>(64),
  );
  const pending: Pending = new Map();
  for (;;) {
    const gathered: Gathered = { missing: new Map(), statuses: new Map() };
    yield* gather(yield* take(channel), gathered);
    if (gathered.missing.size > 0) yield* untilQuiet(deps, channel, gathered);
    for (const [conversationId, statuses] of gathered.statuses) {
      yield* put(messageStatusesChanged({ conversationId, statuses }));
    }
    for (const [conversationId, ids] of gathered.missing) {
      // One fetch per conversation at a time: a running one takes these ids next.
      const running = pending.get(conversationId);
      const waiting = running ?? new Map<string, number>();
      for (const id of ids) if (!waiting.has(id)) waiting.set(id, 0);
      if (running !== undefined) continue;
      pending.set(conversationId, waiting);
      yield* fork(fetchMissing, deps, pending, conversationId);
    }
  }
}
