// The reply box and the unread burst: drafts as typed, a throttled typing indicator, sends
// through the outbox, and "seen" recorded on the platform so every client agrees (rule 7).
import { nanoid } from '@reduxjs/toolkit';
import { call, put, select, takeEvery } from 'typed-redux-saga';
import type { CoreDeps } from '../../app/coreDeps';
import { noticeFromError } from '../../app/noticeFromError';
import type { RootState } from '../../app/rootReducer';
import { MAX_MESSAGE_LENGTH } from '../../platform/platformTypes';
import { draftChanged, draftRefused, draftSent } from '../compose/composeSlice';
import { lastSeenRecorded } from '../interactions/interactionsSlice';
import { newMessageClicked, replyTyped, sendRequested } from './messageCommands';
import { newestMessageId } from './messageSelectors';
import { queueReply } from './queueReply';
import { ofType } from '../../app/actionPatterns';

/** Records the newest message as seen, at once here and on the platform for the others. */
export function* markSeen(deps: CoreDeps, conversationId: string) {
  const state = yield* select((s: RootState) => s);
  const interaction = state.interactions.entities[conversationId];
  const newest = newestMessageId(state.messages.entities[conversationId]);
  if (interaction === undefined || newest === undefined || interaction.lastSeenMessageId === newest)
    return;
  yield* put(lastSeenRecorded({ conversationId, messageId: newest }));
  try {
    yield* call(deps.platform.markSeen, conversationId, interaction.participantId, newest);
  } catch (error) {
    yield* put(noticeFromError(error, 'notice.markSeenFailed', conversationId));
  }
}

function* send(deps: CoreDeps, action: ReturnType<typeof sendRequested>) {
  const { conversationId } = action.payload;
  const state = yield* select((s: RootState) => s);
  const interaction = state.interactions.entities[conversationId];
  const text = state.compose.entities[conversationId]?.text ?? '';
  // Rule 5: nothing empty is sent; an over-long reply stays in the box with a reason.
  if (text.trim() === '') {
    yield* put(draftRefused({ conversationId, error: 'empty' }));
    return;
  }
  if (text.length > MAX_MESSAGE_LENGTH) {
    yield* put(draftRefused({ conversationId, error: 'tooLong' }));
    return;
  }
  if (interaction?.state !== 'connected') {
    yield* put(draftRefused({ conversationId, error: 'notConnected' }));
    return;
  }
  const key = nanoid();
  const now = deps.clock.now();
  yield* call(queueReply, {
    conversationId,
    participantId: interaction.participantId,
    key,
    body: text,
    now,
  });
  yield* put(draftSent({ conversationId }));
  // Replying clears the burst (rule 7).
  yield* call(markSeen, deps, conversationId);
}

export function* messageSagas(deps: CoreDeps) {
  const lastTypingSent = new Map<string, number>();
  yield* takeEvery(ofType(replyTyped), function* onTyped(action) {
    const { conversationId, text } = action.payload;
    yield* put(draftChanged({ conversationId, text }));
    const interaction = yield* select((s: RootState) => s.interactions.entities[conversationId]);
    const now = deps.clock.now();
    if (interaction?.state !== 'connected' || text.trim() === '') return;
    if (now - (lastTypingSent.get(conversationId) ?? -Infinity) < deps.timings.typingThrottleMs)
      return;
    lastTypingSent.set(conversationId, now);
    try {
      yield* call(deps.platform.sendTyping, conversationId, interaction.participantId);
    } catch (error) {
      // A lost typing indicator harms nobody; say so in the log, not to the agent.
      deps.logger.warn('typing indicator not sent', error);
    }
  });
  yield* takeEvery(ofType(sendRequested), send, deps);
  yield* takeEvery(ofType(newMessageClicked), function* onNewMessage(action) {
    yield* call(markSeen, deps, action.payload.conversationId);
  });
}
