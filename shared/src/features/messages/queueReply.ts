// A reply on its way: shown at once in the transcript (pending, under its key) and handed to
// the outbox under the same key, which sends it, retries it, and checks what landed before a
// retry, so one key is one message on the platform. Typed replies and "Retry" both go here.
import { put } from 'typed-redux-saga';
import { itemQueued } from '../outbox/outboxSlice';
import { localMessageQueued } from './messagesSlice';

export interface QueuedReply {
  conversationId: string;
  participantId: string;
  key: string;
  body: string;
  /** The clock's now, in ms. */
  now: number;
}

export function* queueReply({ conversationId, participantId, key, body, now }: QueuedReply) {
  yield* put(
    localMessageQueued({
      conversationId,
      key,
      senderId: '',
      body,
      at: new Date(now).toISOString(),
    }),
  );
  yield* put(
    itemQueued({
      id: key,
      conversationId,
      participantId,
      payload: { kind: 'message', body },
      createdAt: now,
      attempts: 0,
      nextAttemptAt: now,
      uncertain: false,
      state: 'queued',
    }),
  );
}
