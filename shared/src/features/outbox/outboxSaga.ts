// Delivers the outbox: every item is tried until the platform (or the CRM) confirms it,
// in order per conversation, with capped backoff and the platform's Retry-After. Items that
// the platform refuses for good are kept, marked failed, and the agent is told.
import { fork, put, race, select, take, delay, takeEvery } from 'typed-redux-saga';
import type { CoreDeps } from '../../app/coreDeps';
import { noticeFromError } from '../../app/noticeFromError';
import type { RootState } from '../../app/rootReducer';
import { isPlatformError } from '../../platform/platformError';
import { localMessageFailed, localMessageRetried } from '../messages/messagesSlice';
import { noticeRaised } from '../notices/noticesSlice';
import { submissionRejected } from '../wrapup/wrapupSlice';
import { copiesShown, deliverOutboxItem } from './deliverOutboxItem';
import { retryRequested } from './outboxCommands';
import {
  attemptFailed,
  attemptStarted,
  itemAbandoned,
  itemConfirmed,
  itemQueued,
  itemRetryRequested,
  itemsRestored,
  type OutboxItem,
} from './outboxSlice';
import { ofType, ofTypes } from '../../app/actionPatterns';

/**
 * CRM writes fail for reasons an agent can fix (a lost session, a validation rule): after this
 * many tries the log is kept, failed, and the agent's Retry on the notice sends it again.
 * (Retried for ever, a refused log would toast in the CRM every minute, and a write that
 * landed unanswered would be written again each time.)
 */
const MAX_CRM_ATTEMPTS = 5;

type Verdict = { retry: true; afterMs?: number; uncertain: boolean } | { retry: false };

/** Whether to try again, and whether the failed attempt may nonetheless have landed. */
function verdictOf(item: OutboxItem, error: unknown): Verdict {
  if (item.payload.kind === 'crmLog') {
    return item.attempts + 1 >= MAX_CRM_ATTEMPTS
      ? { retry: false }
      : { retry: true, uncertain: false };
  }
  if (!isPlatformError(error)) return { retry: false };
  switch (error.kind) {
    case 'timeout':
    case 'network':
      return { retry: true, uncertain: true };
    case 'authExpired':
      return { retry: true, uncertain: false };
    // 'malformedResponse': the platform answered 2xx with something odd, so the item most
    // likely landed. 'cancelled': the client stopped between attempts; the item stays for
    // the next start, as uncertain as the attempt before.
    case 'malformedResponse':
    case 'cancelled':
      return { retry: true, uncertain: true };
    case 'http': {
      const status = error.status ?? 0;
      if (status === 429) {
        const seconds = error.retryAfterSeconds;
        return {
          retry: true,
          uncertain: false,
          afterMs: seconds === undefined ? undefined : seconds * 1000,
        };
      }
      if (status === 408) return { retry: true, uncertain: true };
      if (status >= 500) return { retry: true, uncertain: true };
      return { retry: false };
    }
  }
}

function backoffMs(deps: CoreDeps, attempts: number): number {
  const { retryBaseMs, retryMaxMs } = deps.timings;
  const capped = Math.min(retryMaxMs, retryBaseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(capped * (0.5 + deps.random() * 0.5));
}

/** The CRM log's notice, with the Retry that sends it again (the notes may live only there). */
export const crmLogFailedNotice = (item: OutboxItem, detail?: string) =>
  noticeRaised({
    kind: 'error',
    key: 'notice.crmLogFailed',
    conversationId: item.conversationId,
    retryId: item.id,
    ...(detail === undefined ? {} : { detail }),
  });

function* abandon(item: OutboxItem, error: unknown) {
  const detail = error instanceof Error ? error.message : String(error);
  yield* put(itemAbandoned({ id: item.id, error: detail }));
  const cid = item.conversationId;
  switch (item.payload.kind) {
    case 'message':
      yield* put(localMessageFailed({ conversationId: cid, key: item.id }));
      yield* put(noticeFromError(error, 'notice.sendFailed', cid));
      return;
    case 'wrapup':
      yield* put(
        submissionRejected({
          conversationId: cid,
          detail: isPlatformError(error) ? (error.body?.message ?? error.message) : detail,
        }),
      );
      yield* put(noticeFromError(error, 'notice.wrapupRejected', cid));
      return;
    case 'crmLog':
      yield* put(crmLogFailedNotice(item, detail));
      return;
  }
}

function* attempt(deps: CoreDeps, item: OutboxItem, inFlight: Set<string>) {
  // Noted again before every attempt while none before it may have landed (a first attempt,
  // a 429, the agent's Retry after a refusal): a copy shown by then is another send. Once one
  // may have landed, its own echo may be shown, and the note stays as it was.
  const earlierCopies =
    item.payload.kind === 'message' && !item.uncertain
      ? copiesShown(
          yield* select((s: RootState) => s.messages.entities[item.conversationId]),
          item.payload.body,
          item.id,
        )
      : undefined;
  yield* put(attemptStarted({ id: item.id, earlierCopies }));
  try {
    yield* deliverOutboxItem(deps, item);
    inFlight.delete(item.id);
    yield* put(itemConfirmed({ id: item.id }));
    if (item.payload.kind === 'crmLog') {
      yield* put(
        noticeRaised({
          kind: 'success',
          key: 'notice.crmLogged',
          conversationId: item.conversationId,
        }),
      );
    }
  } catch (error) {
    inFlight.delete(item.id);
    const verdict = verdictOf(item, error);
    if (!verdict.retry) {
      yield* abandon(item, error);
      return;
    }
    deps.logger.warn(`outbox item ${item.id} (${item.payload.kind}) will be retried`, error);
    yield* put(
      attemptFailed({
        id: item.id,
        error: error instanceof Error ? error.message : String(error),
        retryAt: deps.clock.now() + (verdict.afterMs ?? backoffMs(deps, item.attempts + 1)),
        uncertain: verdict.uncertain,
      }),
    );
  }
}

/** Platform work of one chat goes in order; its CRM log runs beside it. */
const laneOf = (item: OutboxItem) =>
  `${item.conversationId}:${item.payload.kind === 'crmLog' ? 'crm' : 'platform'}`;

const WAKE_ON = ofTypes(
  itemQueued,
  itemsRestored,
  attemptFailed,
  itemAbandoned,
  itemRetryRequested,
  itemConfirmed,
);

export function* outboxSaga(deps: CoreDeps) {
  yield* takeEvery(ofType(retryRequested), function* retryNow(action) {
    const item = yield* select((s: RootState) => s.outbox.entities[action.payload.id]);
    if (item?.state !== 'failed') return;
    if (item.payload.kind === 'message') {
      yield* put(localMessageRetried({ conversationId: item.conversationId, key: item.id }));
    }
    yield* put(itemRetryRequested({ id: item.id, at: deps.clock.now() }));
  });
  const inFlight = new Set<string>();
  for (;;) {
    const outbox = yield* select((s: RootState) => s.outbox);
    const now = deps.clock.now();
    const busyLanes = new Set<string>();
    for (const id of inFlight) {
      const item = outbox.entities[id];
      if (item !== undefined) busyLanes.add(laneOf(item));
    }
    let nextDue = Infinity;
    for (const id of outbox.ids) {
      const item = outbox.entities[id];
      if (item === undefined || item.state === 'failed' || inFlight.has(id)) continue;
      const lane = laneOf(item);
      if (busyLanes.has(lane)) continue;
      busyLanes.add(lane);
      if (item.nextAttemptAt <= now) {
        inFlight.add(id);
        yield* fork(attempt, deps, item, inFlight);
      } else {
        nextDue = Math.min(nextDue, item.nextAttemptAt);
      }
    }
    if (nextDue === Infinity) yield* take(WAKE_ON);
    else yield* race({ changed: take(WAKE_ON), due: delay(Math.max(0, nextDue - now)) });
  }
}
