// "Retry" on a messaging message the platform reported as Failed: the text goes out again
// through the outbox under a key made from the failed message's id, so however often the
// agent clicks (or however many clients of the agent do), it is queued once, and the outbox's
// own check of what landed keeps a lost answer from becoming a second copy.
import { call, put, select } from 'typed-redux-saga';
import type { CoreDeps } from '../../app/coreDeps';
import type { RootState } from '../../app/rootReducer';
import { failedMessageResent, messageOf } from '../messages/messagesSlice';
import { queueReply } from '../messages/queueReply';
import type { resendRequested } from './messagingEvents';

export const resendKeyOf = (messageId: string): string => `resend:${messageId}`;

export function* resendFailedMessage(deps: CoreDeps, action: ReturnType<typeof resendRequested>) {
  const { conversationId, messageId } = action.payload;
  const state = yield* select((s: RootState) => s);
  const transcript = state.messages.entities[conversationId];
  const message = transcript && messageOf(transcript, messageId);
  const interaction = state.interactions.entities[conversationId];
  const key = resendKeyOf(messageId);
  if (
    transcript === undefined ||
    message?.messaging?.status !== 'Failed' ||
    message.resentAs !== undefined ||
    interaction?.state !== 'connected' ||
    state.outbox.entities[key] !== undefined
  ) {
    return;
  }
  // Sent again already, from another client of the agent (or before a resync): the copy is a
  // later outbound line with the same text from the same sender (not another agent or a bot).
  const copy = transcript.messageIds.find((id) => {
    const later = messageOf(transcript, id);
    return (
      later !== undefined &&
      later.messaging?.direction === 'outbound' &&
      later.senderId === message.senderId &&
      later.body === message.body &&
      later.timestamp > message.timestamp &&
      later.messaging.status !== 'Failed'
    );
  });
  if (copy !== undefined) {
    yield* put(failedMessageResent({ conversationId, messageId, key: copy }));
    return;
  }
  const now = deps.clock.now();
  yield* put(failedMessageResent({ conversationId, messageId, key }));
  yield* call(queueReply, {
    conversationId,
    participantId: interaction.participantId,
    key,
    body: message.body,
    now,
  });
}
