// Wrap-up (rules 8-11): the panel opens when a chat ends owing one, the queue's codes are
// fetched, and Done hands the wrap-up (and, with call logging on, the CRM log) to the
// outbox, which retries until the platform confirms.
import { nanoid } from '@reduxjs/toolkit';
import { call, delay, fork, put, race, select, take, takeEvery } from 'typed-redux-saga';
import type { CoreDeps } from '../../app/coreDeps';
import { retryingLoad } from '../../app/sagaRetryDelay';
import type { Clock } from '../../ports/clock';
import type { RootState } from '../../app/rootReducer';
import { owesWrapup, type Interaction } from '../interactions/interactionFromSnapshot';
import type { ChatChangeHandler } from '../interactions/everyChatChange';
import { isChatListChange } from '../interactions/interactionsSlice';
import { noticeRaised } from '../notices/noticesSlice';
import { itemQueued, type OutboxPayload } from '../outbox/outboxSlice';
import { buildInteractionLog } from './buildInteractionLog';
import { codesRetryRequested, doneRequested, wrapupReopenRequested } from './wrapupCommands';
import {
  doneRefused,
  queueCodesFailed,
  queueCodesLoaded,
  queueCodesRequested,
  submissionQueued,
  wrapupOpened,
} from './wrapupSlice';
import { ofType } from '../../app/actionPatterns';

/** Tries before the codes are shown as failed (with their Retry). */
const CODES_ATTEMPTS = 4;

/** Codes a load started in this pass of openOwedWrapups will bring. */
const LOADING = { status: 'loading' } as const;

function* loadQueueCodes(deps: CoreDeps, interaction: Interaction, aheadOfNeed = false) {
  const queueId = interaction.queue.id;
  // Marked loading at once: a change seen while this waits must not fetch the codes again.
  yield* put(queueCodesRequested({ queueId }));
  if (aheadOfNeed) yield* delay(deps.timings.aheadOfNeedDelayMs);
  try {
    // Without codes there is no Done, and no pick-up until it (rule 11): a failure the
    // platform may get over is tried again before the agent is asked to.
    const codes = yield* retryingLoad(
      deps,
      `wrap-up codes of queue ${queueId}`,
      CODES_ATTEMPTS,
      function* () {
        return yield* call(
          deps.platform.listParticipantWrapupCodes,
          interaction.id,
          interaction.participantId,
        );
      },
    );
    yield* put(queueCodesLoaded({ queueId, codes }));
  } catch {
    yield* put(queueCodesFailed({ queueId }));
  }
}

/** Loads the codes of a chat's queue again unless a load is under way. */
function* reloadFailedCodes(deps: CoreDeps, conversationId: string) {
  const state = yield* select((s: RootState) => s);
  const interaction = state.interactions.entities[conversationId];
  if (interaction === undefined || interaction.queue.id === '') return;
  if (state.wrapup.codesByQueue[interaction.queue.id]?.status !== 'failed') return;
  yield* fork(loadQueueCodes, deps, interaction);
}

/**
 * Opens the panel of chats that just came to owe a wrap-up, and keeps their codes at hand
 * (run by everyChatChange).
 */
export function openOwedWrapups(deps: CoreDeps): ChatChangeHandler {
  const owed = new Set<string>();
  return function* openOwed({ state, ids }) {
    // The chats of one queue share its codes, and the state this pass reads does not show
    // the loads it starts: one load per queue per pass (a list of four chats in one queue
    // asked four times). A chat owing its wrap-up may then wait for another's load ahead of
    // need: aheadOfNeedDelayMs.
    const loading = new Set<string>();
    for (const id of ids) {
      const interaction = state.interactions.entities[id];
      if (interaction === undefined) {
        owed.delete(id);
        continue;
      }
      const queueId = interaction.queue.id;
      const codes = loading.has(queueId) ? LOADING : state.wrapup.codesByQueue[queueId];
      if (!owesWrapup(interaction)) {
        owed.delete(id);
        // Fetched ahead on connect, so the panel is ready the moment the chat ends.
        if (interaction.state === 'connected' && queueId !== '' && codes === undefined) {
          loading.add(queueId);
          yield* fork(loadQueueCodes, deps, interaction, true);
        }
        continue;
      }
      if (owed.has(id)) continue;
      owed.add(id);
      // A form restored after a reload keeps its red marker; a new one opens (rule 8).
      if (state.wrapup.entities[id] === undefined) yield* put(wrapupOpened({ conversationId: id }));
      if (codes?.status !== 'loading') {
        loading.add(queueId);
        yield* fork(loadQueueCodes, deps, interaction);
      }
    }
  };
}

/** How long Done waits for the platform's word that a just-disconnected chat owes a wrap-up. */
const OWED_WAIT_MS = 10_000;

/**
 * The agent may press Done before the platform's event of the disconnect arrives: wait for
 * it rather than refuse a valid wrap-up.
 */
function* owedInteraction(clock: Clock, conversationId: string) {
  const find = (s: RootState) => s.interactions.entities[conversationId];
  const deadline = clock.now() + OWED_WAIT_MS;
  for (;;) {
    const interaction = yield* select(find);
    if (interaction === undefined || owesWrapup(interaction)) return interaction;
    const left = deadline - clock.now();
    if (left <= 0) return undefined;
    yield* race({ event: take(isChatListChange), timeout: delay(left) });
  }
}

function* done(deps: CoreDeps, action: ReturnType<typeof doneRequested>) {
  const { conversationId } = action.payload;
  const interaction = yield* owedInteraction(deps.clock, conversationId);
  const state = yield* select((s: RootState) => s);
  const form = state.wrapup.entities[conversationId];
  if (form?.submission === 'pending') return;
  if (interaction === undefined) {
    yield* put(noticeRaised({ kind: 'info', key: 'notice.wrapupNotOwed', conversationId }));
    return;
  }
  const codes = state.wrapup.codesByQueue[interaction.queue.id];
  const code = codes?.codes.find((c) => c.id === form?.codeId);
  if (form?.codeId == null || (codes?.status === 'loaded' && code === undefined)) {
    // Rule 10: no Done without a code of the chat's queue; codes that failed are asked for
    // again so there is one to choose.
    yield* put(doneRefused({ conversationId, error: 'noCode' }));
    yield* reloadFailedCodes(deps, conversationId);
    return;
  }
  const now = deps.clock.now();
  const notes = form.notes.trim();
  const logging = state.settings.callLogging;
  const queue = (payload: OutboxPayload) =>
    itemQueued({
      id: nanoid(),
      conversationId,
      participantId: interaction.participantId,
      payload,
      createdAt: now,
      attempts: 0,
      nextAttemptAt: now,
      uncertain: false,
      state: 'queued',
    });
  // Rule 9: with call logging on the notes belong to the CRM record, not the platform.
  yield* put(
    queue({
      kind: 'wrapup',
      code: form.codeId,
      notes: logging || notes === '' ? undefined : notes,
    }),
  );
  if (logging) {
    const log = buildInteractionLog({
      interaction,
      transcript: state.messages.entities[conversationId],
      code: { id: form.codeId, name: code?.name ?? form.codeId },
      notes,
      now,
      language: state.settings.language,
    });
    yield* put(queue({ kind: 'crmLog', log }));
  }
  yield* put(submissionQueued({ conversationId }));
}

export function* wrapupSagas(deps: CoreDeps) {
  // One Done at a time per chat: a double click while waiting must not queue it twice.
  const busy = new Set<string>();
  yield* takeEvery(ofType(doneRequested), function* onDone(action) {
    const { conversationId } = action.payload;
    if (busy.has(conversationId)) return;
    busy.add(conversationId);
    try {
      yield* done(deps, action);
    } finally {
      busy.delete(conversationId);
    }
  });
  yield* takeEvery(ofType(wrapupReopenRequested), function* reopen(action) {
    const interaction = yield* select(
      (s: RootState) => s.interactions.entities[action.payload.conversationId],
    );
    if (interaction === undefined || !owesWrapup(interaction)) {
      yield* put(noticeRaised({ kind: 'info', key: 'notice.wrapupNotOwed' }));
      return;
    }
    yield* put(wrapupOpened({ conversationId: action.payload.conversationId }));
    yield* reloadFailedCodes(deps, action.payload.conversationId);
  });
  yield* takeEvery(ofType(codesRetryRequested), function* retryCodes(action) {
    yield* reloadFailedCodes(deps, action.payload.conversationId);
  });
}
