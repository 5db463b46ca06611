// Transcripts, keyed by conversation id. Messages are deduplicated by id and kept in
// timestamp order, whichever way they arrive (socket, transcript page, send response).
import {
  createEntityAdapter,
  createSlice,
  current,
  isDraft,
  type PayloadAction,
} from '@reduxjs/toolkit';
import type { MessagingDetails, TranscriptMessage } from '../../platform/conversationSnapshot';
import type { MessageDeliveryStatus } from '../../platform/messagingTypes';
import type { WebChatMessage } from '../../platform/platformTypes';
import { mergeMessages } from './mergeMessages';

export interface ChatMessage {
  id: string;
  senderId: string;
  body: string;
  bodyType: WebChatMessage['bodyType'];
  timestamp: string;
  /** Set on the agent's own message while the platform has not confirmed it. */
  delivery?: 'sending' | 'failed';
  /** A web messaging line: direction, the platform's delivery status, attachments etc. */
  messaging?: MessagingDetails;
  /** A failed messaging send the agent sent again: the key of the new send. */
  resentAs?: string;
}

export interface Transcript {
  /** The conversation id. */
  id: string;
  messageIds: string[];
  /**
   * The messages by id, settled. Read them through `messageOf`: what changed lately is in
   * `recent`, which shadows this map. A long transcript's map is thousands of keys, and
   * copying it for every new message (what an immutable update does) cost milliseconds.
   */
  byId: Record<string, ChatMessage>;
  /** New and changed messages since `byId` was last written; folded into it when it grows. */
  recent: Record<string, ChatMessage>;
  /** Communication ids of agents (ours and others'): their lines are agent lines. */
  agentSenderIds: string[];
  loaded: boolean;
  customerTypingAt?: number;
}

export const transcriptsAdapter = createEntityAdapter<Transcript>();

const emptyTranscript = (id: string): Transcript => ({
  id,
  messageIds: [],
  byId: {},
  recent: {},
  agentSenderIds: [],
  loaded: false,
});

/** A message of the transcript by id, wherever it is kept. */
export const messageOf = (transcript: Transcript, id: string): ChatMessage | undefined =>
  transcript.recent[id] ?? transcript.byId[id];

/** Every message by id as one map (a copy when some are recent: not for every event). */
export const allMessagesById = (transcript: Transcript): Readonly<Record<string, ChatMessage>> =>
  Object.keys(transcript.recent).length === 0
    ? transcript.byId
    : { ...transcript.byId, ...transcript.recent };

/**
 * How many recent messages a transcript keeps beside `byId`: each new message copies
 * `recent`, and every this-many messages `byId` is copied once with them.
 */
const RECENT_LIMIT = 64;

/** Stores a new or changed message (draft or plain transcript). */
function write(transcript: Transcript, message: ChatMessage): void {
  transcript.recent[message.id] = message;
  if (Object.keys(transcript.recent).length <= RECENT_LIMIT) return;
  const plain = isDraft(transcript) ? current(transcript) : transcript;
  // Frozen here so Immer does not walk thousands of messages to finalise them.
  transcript.byId = Object.freeze({ ...plain.byId, ...plain.recent });
  transcript.recent = {};
}

/** Removes a message's entry (its id stays in `messageIds` unless the caller drops it). */
function erase(transcript: Transcript, id: string): void {
  if (transcript.recent[id] !== undefined) Reflect.deleteProperty(transcript.recent, id);
  // Settled: only a local message that waited through many new ones; rare, so copied.
  if (transcript.byId[id] !== undefined) {
    const rest = { ...(isDraft(transcript) ? current(transcript).byId : transcript.byId) };
    Reflect.deleteProperty(rest, id);
    transcript.byId = Object.freeze(rest);
  }
}

function ensure(
  state: ReturnType<typeof transcriptsAdapter.getInitialState>,
  id: string,
): Transcript {
  const existing = state.entities[id];
  if (existing !== undefined) return existing;
  const created = emptyTranscript(id);
  transcriptsAdapter.addOne(state, created);
  return state.entities[id] ?? created;
}

function insert(transcript: Transcript, message: ChatMessage): void {
  const existing = messageOf(transcript, message.id);
  write(transcript, message);
  if (existing !== undefined) return;
  // The id list as it stands, outside the draft: Immer would copy a long transcript's list
  // through its proxy and then deep-freeze it again, element by element, for every message.
  const draftIds = transcript.messageIds;
  const ids = isDraft(draftIds) ? current(draftIds) : draftIds;
  // Messages nearly always arrive in order: search from the end.
  let at = ids.length;
  while (at > 0) {
    const before = messageOf(transcript, ids[at - 1] ?? '');
    if (before === undefined || before.timestamp <= message.timestamp) break;
    at -= 1;
  }
  // The list is frozen, and V8 slices or spreads a frozen array on a slow path (about 6 times
  // concat's time on 5,000 ids): an append, the usual case, is one concat.
  const next =
    at === ids.length ? ids.concat(message.id) : ids.slice(0, at).concat(message.id, ids.slice(at));
  // Frozen here in one native call, so Immer's finalize leaves it as it is.
  transcript.messageIds = Object.freeze(next) as string[];
}

function markDelivery(
  transcript: Transcript | undefined,
  key: string,
  delivery: ChatMessage['delivery'],
): void {
  const message = transcript && messageOf(transcript, key);
  if (transcript !== undefined && message !== undefined)
    write(transcript, { ...message, delivery });
}

const fromPlatform = (m: TranscriptMessage): ChatMessage => ({
  id: m.id,
  senderId: m.sender.id,
  body: m.body,
  bodyType: m.bodyType,
  timestamp: m.timestamp,
  ...(m.messaging === undefined ? {} : { messaging: m.messaging }),
});

export const messagesSlice = createSlice({
  name: 'messages',
  initialState: transcriptsAdapter.getInitialState(),
  reducers: {
    messageArrived(state, action: PayloadAction<TranscriptMessage>) {
      const message = action.payload;
      const transcript = ensure(state, message.conversation.id);
      insert(transcript, fromPlatform(message));
      if (
        transcript.customerTypingAt !== undefined &&
        !transcript.agentSenderIds.includes(message.sender.id)
      ) {
        transcript.customerTypingAt = undefined;
      }
    },
    transcriptLoaded(
      state,
      action: PayloadAction<{
        conversationId: string;
        messages: TranscriptMessage[];
        agentSenderIds: string[];
      }>,
    ) {
      const transcript = ensure(state, action.payload.conversationId);
      // The whole page at once, on plain data: Immer proxies each message a draft reads.
      const plain = isDraft(transcript) ? current(transcript) : transcript;
      const kept = allMessagesById(plain);
      const merged = mergeMessages(
        { messageIds: plain.messageIds, byId: kept },
        action.payload.messages.map((m) => {
          // The platform does not know a Failed line was sent again: that stays ours.
          const resentAs = kept[m.id]?.resentAs;
          return resentAs === undefined ? fromPlatform(m) : { ...fromPlatform(m), resentAs };
        }),
      );
      // Frozen here so Immer does not walk thousands of new messages to finalise them.
      transcript.messageIds = Object.freeze(merged.messageIds) as string[];
      transcript.byId = Object.freeze(merged.byId);
      transcript.recent = {};
      transcript.agentSenderIds = action.payload.agentSenderIds;
      transcript.loaded = true;
    },
    /** Messaging texts fetched in bulk for the ids a snapshot listed. */
    messagesFetched(
      state,
      action: PayloadAction<{ conversationId: string; messages: TranscriptMessage[] }>,
    ) {
      const transcript = ensure(state, action.payload.conversationId);
      for (const message of action.payload.messages) insert(transcript, fromPlatform(message));
      if (action.payload.messages.some((m) => m.messaging?.direction === 'inbound')) {
        transcript.customerTypingAt = undefined;
      }
    },
    /** The platform's newer delivery statuses of the agent's messaging messages. */
    messageStatusesChanged(
      state,
      action: PayloadAction<{
        conversationId: string;
        statuses: Record<string, MessageDeliveryStatus>;
      }>,
    ) {
      const transcript = state.entities[action.payload.conversationId];
      if (transcript === undefined) return;
      for (const [id, status] of Object.entries(action.payload.statuses)) {
        const message = messageOf(transcript, id);
        if (message?.messaging !== undefined) {
          write(transcript, { ...message, messaging: { ...message.messaging, status } });
        }
      }
    },
    /** A message the platform failed to deliver is being sent again as `key`. */
    failedMessageResent(
      state,
      action: PayloadAction<{ conversationId: string; messageId: string; key: string }>,
    ) {
      const transcript = state.entities[action.payload.conversationId];
      const message = transcript && messageOf(transcript, action.payload.messageId);
      if (transcript !== undefined && message !== undefined) {
        write(transcript, { ...message, resentAs: action.payload.key });
      }
    },
    agentSendersKnown(
      state,
      action: PayloadAction<{ conversationId: string; agentSenderIds: string[] }>,
    ) {
      const transcript = ensure(state, action.payload.conversationId);
      for (const id of action.payload.agentSenderIds) {
        if (!transcript.agentSenderIds.includes(id)) transcript.agentSenderIds.push(id);
      }
    },
    customerTyping(state, action: PayloadAction<{ conversationId: string; at: number }>) {
      ensure(state, action.payload.conversationId).customerTypingAt = action.payload.at;
    },
    /** The agent's message as typed, shown at once while the outbox delivers it. */
    localMessageQueued(
      state,
      action: PayloadAction<{
        conversationId: string;
        key: string;
        senderId: string;
        body: string;
        at: string;
      }>,
    ) {
      const { conversationId, key, senderId, body, at } = action.payload;
      insert(ensure(state, conversationId), {
        id: key,
        senderId,
        body,
        bodyType: 'standard',
        timestamp: at,
        delivery: 'sending',
      });
    },
    /** The platform confirmed the local message `key` as `message`. */
    localMessageConfirmed(
      state,
      action: PayloadAction<{ key: string; message: TranscriptMessage }>,
    ) {
      const transcript = ensure(state, action.payload.message.conversation.id);
      if (messageOf(transcript, action.payload.key) !== undefined) {
        erase(transcript, action.payload.key);
        transcript.messageIds = transcript.messageIds.filter((id) => id !== action.payload.key);
      }
      insert(transcript, fromPlatform(action.payload.message));
    },
    localMessageFailed(state, action: PayloadAction<{ conversationId: string; key: string }>) {
      markDelivery(state.entities[action.payload.conversationId], action.payload.key, 'failed');
    },
    /** The agent asked to send a failed message again. */
    localMessageRetried(state, action: PayloadAction<{ conversationId: string; key: string }>) {
      markDelivery(state.entities[action.payload.conversationId], action.payload.key, 'sending');
    },
    transcriptForgotten(state, action: PayloadAction<{ conversationId: string }>) {
      transcriptsAdapter.removeOne(state, action.payload.conversationId);
    },
  },
});

export const {
  messageArrived,
  transcriptLoaded,
  messagesFetched,
  messageStatusesChanged,
  failedMessageResent,
  agentSendersKnown,
  customerTyping,
  localMessageQueued,
  localMessageConfirmed,
  localMessageFailed,
  localMessageRetried,
  transcriptForgotten,
} = messagesSlice.actions;
