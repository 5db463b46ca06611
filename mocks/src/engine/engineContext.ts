// The state the engine's parts share, and the few helpers every part needs.
import {
  chatMessagesTopic,
  userChatsTopic,
  userMessagesTopic,
  type WebChatMessage,
} from '@acd/shared';
import type { Directory } from './directory';
import type { IdSource } from './idSource';
import type { NotificationHub } from './notificationHub';
import type { SimClock } from './simClock';
import type { WrapupCodeStore } from './wrapupCodeStore';
import {
  isAgent,
  toChatConversation,
  type SimConversation,
  type SimParticipant,
} from './conversationModel';
import { SimPlatformError, notFound } from './platformError';
import { toMessageConversation } from './messaging/messagingModel';

export interface EngineContext {
  clock: SimClock;
  newId: IdSource;
  directory: Directory;
  codes: WrapupCodeStore;
  hub: NotificationHub;
  conversations: Map<string, SimConversation>;
  /** Web messaging: a queue's inactivity timeout (set through /sim for tests and demos). */
  messagingInactivityMs: Map<string, number>;
  /** Web messaging: the Guest API sessions watching each conversation (conversation id → listeners). */
  guestWatchers: Map<string, Set<(conversation: SimConversation) => void>>;
}

export function conversationOf(ctx: EngineContext, id: string): SimConversation {
  const conversation = ctx.conversations.get(id);
  if (conversation === undefined) throw notFound('Conversation', id);
  return conversation;
}

export function participantOf(
  conversation: SimConversation,
  participantId: string,
): SimParticipant {
  const participant = conversation.participants.find((p) => p.id === participantId);
  if (participant === undefined) throw notFound('Participant', participantId);
  return participant;
}

/** The caller's own agent participant: agents act only on their own legs of a chat. */
export function ownAgentParticipant(
  conversation: SimConversation,
  participantId: string,
  userId: string,
): SimParticipant {
  const participant = participantOf(conversation, participantId);
  if (!isAgent(participant) || participant.userId !== userId) {
    throw new SimPlatformError(403, 'Agents may only act on their own participant');
  }
  return participant;
}

/** The users of every agent leg a conversation has had: who hears about it. */
export function agentUserIds(conversation: SimConversation): Set<string> {
  const userIds = new Set<string>();
  for (const p of conversation.participants) {
    if (isAgent(p) && p.userId !== undefined) userIds.add(p.userId);
  }
  return userIds;
}

/** Sends the whole conversation to every agent that has taken part in it, on its media's topic. */
export function publishConversation(ctx: EngineContext, conversation: SimConversation): void {
  const chat = conversation.media === 'chat';
  const view = chat ? toChatConversation(conversation) : toMessageConversation(conversation);
  for (const userId of agentUserIds(conversation)) {
    ctx.hub.publish(chat ? userChatsTopic(userId) : userMessagesTopic(userId), view);
  }
  // The guest's side hears every change too (new agent messages, the session's end).
  for (const listener of ctx.guestWatchers.get(conversation.id) ?? []) listener(conversation);
}

export function appendMessage(
  ctx: EngineContext,
  conversation: SimConversation,
  sender: SimParticipant,
  body: string,
  bodyType: WebChatMessage['bodyType'],
): WebChatMessage {
  const message: WebChatMessage = {
    id: ctx.newId(),
    conversation: {
      id: conversation.id,
      selfUri: `/api/v2/conversations/chats/${conversation.id}`,
    },
    sender: { id: sender.commId },
    body,
    bodyType,
    timestamp: new Date(ctx.clock.now()).toISOString(),
  };
  conversation.messages.push(message);
  ctx.hub.publish(chatMessagesTopic(conversation.id), message, 'message');
  return message;
}
