// What happens when a chat appears in or leaves the agent's list: its transcript is loaded
// (so unread counts and the window are right after a reload or on a second client),
// auto-answer picks it up when the admin turned that on, and a released chat's transcript
// and draft are let go.
import { call, fork, put, select, takeEvery } from 'typed-redux-saga';
import { retryingLoad } from '../../app/sagaRetryDelay';
import type { CoreDeps } from '../../app/coreDeps';
import type { RootState } from '../../app/rootReducer';
import { transcriptForgotten, transcriptLoaded } from '../messages/messagesSlice';
import { draftSent } from '../compose/composeSlice';
import { customerRecordForgotten } from '../crm/crmSlice';
import { platformItemsDiscarded } from '../outbox/outboxSlice';
import { wrapupReleased } from '../wrapup/wrapupSlice';
import { messageTopicsSubscribed } from '../notifications/notificationEvents';
import { pickUpRequested } from './interactionCommands';
import type { ChatChangeHandler } from './everyChatChange';
import { isResynced } from './interactionsSlice';
import { ofType } from '../../app/actionPatterns';

/** Tries before a transcript is left to the next resync. */
const TRANSCRIPT_ATTEMPTS = 4;

function* loadTranscript(deps: CoreDeps, conversationId: string) {
  try {
    // Until it loads, the opening messages are missing and the agent's own lines cannot be
    // told from the customer's: a failure the platform may get over is tried again.
    const [messages, agentSenderIds] = yield* retryingLoad(
      deps,
      `transcript of ${conversationId}`,
      TRANSCRIPT_ATTEMPTS,
      function* () {
        return [
          yield* call(deps.platform.listMessages, conversationId),
          yield* call(deps.platform.listAgentCommunicationIds, conversationId),
        ] as const;
      },
      function* () {
        return (
          (yield* select((s: RootState) => s.interactions.entities[conversationId])) !== undefined
        );
      },
    );
    yield* put(transcriptLoaded({ conversationId, messages, agentSenderIds }));
  } catch {
    // Logged by retryingLoad; the next resync loads it.
  }
}

/**
 * Drafts and forms restored from storage for chats the platform no longer lists (released
 * on another client, or while this one was away) are let go after a resync.
 */
function* releaseOrphans(state: RootState) {
  const active = new Set(state.interactions.ids);
  const waiting = new Set(Object.values(state.outbox.entities).map((item) => item.conversationId));
  for (const id of state.compose.ids) {
    if (!active.has(id)) yield* put(draftSent({ conversationId: id }));
  }
  for (const id of state.wrapup.ids) {
    if (!active.has(id) && !waiting.has(id)) yield* put(wrapupReleased({ conversationId: id }));
  }
  for (const id of waiting) {
    if (!active.has(id)) yield* put(platformItemsDiscarded({ conversationId: id }));
  }
}

export function* conversationLifecycleSaga(deps: CoreDeps) {
  // Loaded once the socket carries the chat's messages, so nothing falls in between.
  yield* takeEvery(ofType(messageTopicsSubscribed), function* loadAll(action) {
    for (const id of action.payload.conversationIds) yield* fork(loadTranscript, deps, id);
  });
}

/** Auto-answer for new chats, letting go of released ones (run by everyChatChange). */
export function appearOrLeave(): ChatChangeHandler {
  let known = new Set<string>();
  let knownRef: readonly string[] | undefined;
  return function* appearOrLeaveChange({ action, state }) {
    if (isResynced(action)) yield* releaseOrphans(state);
    // Most events change a chat, not the set of chats (the adapter keeps `ids` then).
    if (state.interactions.ids === knownRef) return;
    knownRef = state.interactions.ids;
    const ids = new Set(state.interactions.ids);
    for (const id of ids) {
      if (known.has(id)) continue;
      const interaction = state.interactions.entities[id];
      if (interaction?.state === 'alerting' && state.settings.autoAnswer) {
        yield* put(pickUpRequested({ conversationId: id }));
      }
    }
    for (const id of known) {
      if (ids.has(id)) continue;
      yield* put(transcriptForgotten({ conversationId: id }));
      yield* put(draftSent({ conversationId: id }));
      yield* put(wrapupReleased({ conversationId: id }));
      yield* put(platformItemsDiscarded({ conversationId: id }));
      // The CRM log may still be on its way; it needs the chosen record until then.
      const logging = Object.values(state.outbox.entities).some(
        (item) => item.conversationId === id && item.payload.kind === 'crmLog',
      );
      if (!logging) yield* put(customerRecordForgotten({ conversationId: id }));
    }
    known = ids;
  };
}
