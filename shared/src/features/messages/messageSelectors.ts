// Transcript reads: who said what, and the unread burst (rule 7).
import type { RootState } from '../../app/rootReducer';
import { messageOf, type ChatMessage, type Transcript } from './messagesSlice';

export type LineSource = 'customer' | 'agent' | 'system';

export function lineSource(transcript: Transcript, message: ChatMessage): LineSource {
  if (message.bodyType !== 'standard') return 'system';
  if (message.delivery !== undefined) return 'agent';
  // A web messaging line says which way it went.
  if (message.messaging !== undefined) {
    return message.messaging.direction === 'outbound' ? 'agent' : 'customer';
  }
  return transcript.agentSenderIds.includes(message.senderId) ? 'agent' : 'customer';
}

export const selectTranscript = (
  state: RootState,
  conversationId: string,
): Transcript | undefined => state.messages.entities[conversationId];

/**
 * Customer messages after the agent's last seen message. With no last seen message every
 * customer message is unread; an unknown last seen id (transcript not loaded) counts none.
 */
export function unreadIds(
  transcript: Transcript | undefined,
  lastSeenMessageId: string | undefined,
): string[] {
  if (transcript === undefined) return [];
  let start = 0;
  if (lastSeenMessageId !== undefined) {
    const at = transcript.messageIds.indexOf(lastSeenMessageId);
    if (at < 0) return [];
    start = at + 1;
  }
  const unread: string[] = [];
  for (let i = start; i < transcript.messageIds.length; i += 1) {
    const message = messageOf(transcript, transcript.messageIds[i] ?? '');
    if (message !== undefined && lineSource(transcript, message) === 'customer')
      unread.push(message.id);
  }
  return unread;
}

const selectLastSeen = (state: RootState, conversationId: string): string | undefined =>
  state.interactions.entities[conversationId]?.lastSeenMessageId;

const NONE: readonly string[] = [];

interface UnreadAnswer {
  transcript: Transcript;
  lastSeen: string | undefined;
  ids: string[];
}

// Keyed by the transcript object itself (immutable: a new message makes a new one), so every
// row and the CRM's total reuse the answer until that one chat changes.
const unreadCache = new WeakMap<Transcript, UnreadAnswer>();
// Each chat's latest answer, so a transcript that only grew at the end extends it; the
// chats seen last only (an agent has a few at once), so ended chats' transcripts go.
const latestUnread = new Map<string, UnreadAnswer>();
const LATEST_KEPT = 64;

/**
 * The unread ids of `transcript` from the answer for an earlier version of it, when only
 * new messages were added at the end: no merge or fold (the settled map is the same), the
 * old order kept, the same agents. A line's kind never changes once written (a delivery
 * mark is only ever on the agent's own lines), so the old lines' answer still holds.
 */
function extendedUnread(previous: UnreadAnswer | undefined, transcript: Transcript) {
  if (previous === undefined) return undefined;
  const before = previous.transcript;
  const old = before.messageIds.length;
  const ids = transcript.messageIds;
  // An unknown last seen message counts nothing, whatever is added after it.
  const lastSeen = previous.lastSeen;
  if (lastSeen !== undefined && !before.messageIds.includes(lastSeen)) return undefined;
  if (
    before.byId !== transcript.byId ||
    before.agentSenderIds !== transcript.agentSenderIds ||
    ids.length < old ||
    (old > 0 && (ids[0] !== before.messageIds[0] || ids[old - 1] !== before.messageIds[old - 1]))
  ) {
    return undefined;
  }
  const unread = [...previous.ids];
  for (let i = old; i < ids.length; i += 1) {
    const message = messageOf(transcript, ids[i] ?? '');
    if (message !== undefined && lineSource(transcript, message) === 'customer') {
      unread.push(message.id);
    }
  }
  return unread;
}

export function selectUnreadIds(state: RootState, conversationId: string): readonly string[] {
  const transcript = selectTranscript(state, conversationId);
  if (transcript === undefined) return NONE;
  const lastSeen = selectLastSeen(state, conversationId);
  const hit = unreadCache.get(transcript);
  if (hit !== undefined && hit.lastSeen === lastSeen) return hit.ids;
  const previous = latestUnread.get(conversationId);
  const ids =
    (previous?.lastSeen === lastSeen ? extendedUnread(previous, transcript) : undefined) ??
    unreadIds(transcript, lastSeen);
  const answer = { transcript, lastSeen, ids };
  unreadCache.set(transcript, answer);
  latestUnread.delete(conversationId);
  latestUnread.set(conversationId, answer);
  const oldest = latestUnread.keys().next();
  if (latestUnread.size > LATEST_KEPT && oldest.done !== true) latestUnread.delete(oldest.value);
  return ids;
}

export const selectUnreadCount = (state: RootState, conversationId: string): number =>
  selectUnreadIds(state, conversationId).length;

export const selectFirstUnreadId = (state: RootState, conversationId: string): string | undefined =>
  selectUnreadIds(state, conversationId)[0];

/** The newest message of the transcript that the agent can mark as seen. */
export function newestMessageId(transcript: Transcript | undefined): string | undefined {
  if (transcript === undefined) return undefined;
  for (let i = transcript.messageIds.length - 1; i >= 0; i -= 1) {
    const message = messageOf(transcript, transcript.messageIds[i] ?? '');
    if (message !== undefined && message.delivery === undefined) return message.id;
  }
  return undefined;
}

export const selectTotalUnread = (state: RootState): number => {
  let total = 0;
  for (const id of state.interactions.ids) total += selectUnreadCount(state, id);
  return total;
};
