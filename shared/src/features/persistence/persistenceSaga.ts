// Rule 12: drafts, wrap-up forms, the outbox and the CRM's record choices survive a reload.
// They are restored before the socket starts, and written back as they change: the outbox
// at once (it holds work the platform has not confirmed), the rest shortly after typing.
import { call, cancelled, delay, fork, put, select, take } from 'typed-redux-saga';
import type { Task } from 'redux-saga';
import type { CoreDeps } from '../../app/coreDeps';
import type { RootState } from '../../app/rootReducer';
import { draftsRestored } from '../compose/composeSlice';
import { customerRecordsRestored } from '../crm/crmSlice';
import { localMessageFailed, localMessageQueued } from '../messages/messagesSlice';
import { itemsRestored } from '../outbox/outboxSlice';
import { crmLogFailedNotice } from '../outbox/outboxSaga';
import { formsRestored } from '../wrapup/wrapupSlice';
import {
  isCustomerRecord,
  isOutboxItem,
  isReplyDraft,
  isWrapupForm,
  parseList,
} from './persistedShapes';

interface Persisted {
  name: string;
  pick: (state: RootState) => { ids: readonly string[]; entities: Record<string, unknown> };
}

const OUTBOX: Persisted = { name: 'outbox', pick: (s) => s.outbox };
const DEBOUNCED: Persisted[] = [
  { name: 'drafts', pick: (s) => s.compose },
  // Only open questions are kept: a panel's visibility is not worth restoring.
  { name: 'wrapup', pick: (s) => s.wrapup },
  { name: 'crm', pick: (s) => s.crm },
];

function* read(deps: CoreDeps, name: string) {
  try {
    return parseList(yield* call(deps.storage.getItem, deps.storageKey(name)));
  } catch (error) {
    deps.logger.warn(`stored ${name} could not be read`, error);
    return [];
  }
}

export function* restorePersisted(deps: CoreDeps) {
  const drafts = (yield* read(deps, 'drafts')).filter(isReplyDraft);
  const forms = (yield* read(deps, 'wrapup')).filter(isWrapupForm);
  const outbox = (yield* read(deps, 'outbox')).filter(isOutboxItem);
  const records = (yield* read(deps, 'crm')).filter(isCustomerRecord);
  if (drafts.length > 0)
    yield* put(draftsRestored(drafts.map((d) => ({ id: d.id, text: d.text }))));
  if (forms.length > 0) {
    yield* put(
      formsRestored(forms.map((f) => ({ ...f, panelOpen: f.panelOpen && !f.closedWithoutDone }))),
    );
  }
  if (records.length > 0) yield* put(customerRecordsRestored(records));
  if (outbox.length > 0) {
    yield* put(itemsRestored(outbox));
    for (const item of outbox) {
      // A CRM log the core gave up on is still there to retry, as before the reload.
      if (item.payload.kind === 'crmLog' && item.state === 'failed') {
        yield* put(crmLogFailedNotice(item, item.lastError));
      }
      // The agent sees the replies still on their way, as before the reload.
      if (item.payload.kind !== 'message') continue;
      yield* put(
        localMessageQueued({
          conversationId: item.conversationId,
          key: item.id,
          senderId: '',
          body: item.payload.body,
          at: new Date(item.createdAt).toISOString(),
        }),
      );
      // A reply the platform refused stays failed, with its Retry, as before the reload.
      if (item.state === 'failed') {
        yield* put(localMessageFailed({ conversationId: item.conversationId, key: item.id }));
      }
    }
  }
}

function* write(deps: CoreDeps, persisted: Persisted, state: RootState) {
  const slice = persisted.pick(state);
  const list = slice.ids.map((id) => slice.entities[id]);
  try {
    yield* call(deps.storage.setItem, deps.storageKey(persisted.name), JSON.stringify(list));
  } catch (error) {
    deps.logger.warn(`${persisted.name} could not be saved`, error);
  }
}

function* flushLater(deps: CoreDeps, written: Map<string, unknown>) {
  yield* delay(deps.timings.persistDebounceMs);
  yield* flush(deps, written, DEBOUNCED);
}

/** Writes each of `which` whose slice changed since it was last written. */
function* flush(deps: CoreDeps, written: Map<string, unknown>, which: readonly Persisted[]) {
  const state = yield* select((s: RootState) => s);
  for (const persisted of which) {
    const slice = persisted.pick(state);
    if (written.get(persisted.name) === slice) continue;
    written.set(persisted.name, slice);
    yield* write(deps, persisted, state);
  }
}

const PERSISTED_PREFIXES = ['compose/', 'wrapup/', 'outbox/', 'crm/'];
const changesPersisted = (action: { type: string }) =>
  PERSISTED_PREFIXES.some((prefix) => action.type.startsWith(prefix));

export function* persistenceSaga(deps: CoreDeps) {
  const initial = yield* select((s: RootState) => s);
  const written = new Map<string, unknown>([
    [OUTBOX.name, OUTBOX.pick(initial)],
    ...DEBOUNCED.map((p): [string, unknown] => [p.name, p.pick(initial)]),
  ]);
  try {
    yield* writeAsChanged(deps, written);
  } finally {
    // A stop (a panel closing, a sign-in that restarts the core) within the debounce would
    // drop what was typed last: it is written now. Sign-out forgets the stored work after.
    if (yield* cancelled()) yield* flush(deps, written, [OUTBOX, ...DEBOUNCED]);
  }
}

function* writeAsChanged(deps: CoreDeps, written: Map<string, unknown>) {
  let pending: Task | undefined;
  for (;;) {
    // Chat events never touch what is persisted: they do not even wake this saga.
    yield* take(changesPersisted);
    // Actions that land while a write is under way are caught by looking again after it.
    for (;;) {
      const latest = yield* select((s: RootState) => s);
      const outbox = OUTBOX.pick(latest);
      if (written.get(OUTBOX.name) === outbox) break;
      written.set(OUTBOX.name, outbox);
      yield* write(deps, OUTBOX, latest);
    }
    const state = yield* select((s: RootState) => s);
    const changed = DEBOUNCED.some((p) => written.get(p.name) !== p.pick(state));
    if (changed && (pending === undefined || !pending.isRunning())) {
      pending = yield* fork(flushLater, deps, written);
    }
  }
}
