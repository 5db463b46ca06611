// Web messaging snapshots list message ids, not texts. Ids that arrive together (a burst of
// customer messages makes a burst of snapshots) are gathered until the snapshots pause, then
// fetched with one bulk request per conversation, never one request per message. Statuses of
// the agent's messages (Sent, Delivered, Read, Failed) are taken from the same snapshots.
import { buffers, type Channel } from 'redux-saga';
import { actionChannel, call, delay, put, race, select, take, takeEvery } from 'typed-redux-saga';
import type { CoreDeps } from '../../app/coreDeps';
import type { RootState } from '../../app/rootReducer';
import type { MessageDeliveryStatus } from '../../platform/messagingTypes';
import { messagesFetched, messageStatusesChanged } from '../messages/messagesSlice';
import { resendFailedMessage } from './resendFailedMessage';
import { messageRefsReceived, resendRequested } from './messagingEvents';
import { ofType } from '../../app/actionPatterns';

type RefsAction = ReturnType<typeof messageRefsReceived>;

/** Attempts of one bulk fetch before the ids wait for the next snapshot or resync. */
const FETCH_ATTEMPTS = 3;

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
    const known = transcript?.byId[ref.id];
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

function* fetchMissing(deps: CoreDeps, conversationId: string, ids: string[]) {
  for (let attempt = 1; attempt <= FETCH_ATTEMPTS; attempt += 1) {
    try {
      const messages = yield* call(deps.platform.fetchMessages, conversationId, ids);
      yield* put(messagesFetched({ conversationId, messages }));
      return;
    } catch (error) {
      deps.logger.warn(`messages of ${conversationId} not fetched (attempt ${attempt})`, error);
      yield* delay(deps.timings.retryBaseMs * attempt);
    }
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
  for (;;) {
    const gathered: Gathered = { missing: new Map(), statuses: new Map() };
    yield* gather(yield* take(channel), gathered);
    if (gathered.missing.size > 0) yield* untilQuiet(deps, channel, gathered);
    for (const [conversationId, statuses] of gathered.statuses) {
      yield* put(messageStatusesChanged({ conversationId, statuses }));
    }
    for (const [conversationId, ids] of gathered.missing) {
      // Something else (the transcript load, a send's answer) may have brought them meanwhile.
      const transcript = yield* select((s: RootState) => s.messages.entities[conversationId]);
      const still = [...ids].filter((id) => transcript?.byId[id] === undefined);
      if (still.length > 0) yield* call(fetchMissing, deps, conversationId, still);
    }
  }
}
