// The simulator's conversations and their two platform views (chat and generic).
import type {
  ChatConversation,
  ChatMediaParticipant,
  Conversation,
  DisconnectType,
  ParticipantPurpose,
  ParticipantState,
  ParticipantWrapup,
  ParticipantWrapupPrompt,
  MessageData,
  WebChatMessage,
} from '@acd/shared';
import type { TimerHandle } from './simClock';

export interface SimParticipant {
  id: string;
  commId: string;
  purpose: ParticipantPurpose;
  name: string;
  address?: string;
  userId?: string;
  queueId?: string;
  queueName?: string;
  userName?: string;
  state: ParticipantState;
  held: boolean;
  startTime: number;
  startAlertingTime?: number;
  connectedTime?: number;
  endTime?: number;
  startHoldTime?: number;
  disconnectType?: DisconnectType;
  attributes: Record<string, string>;
  wrapupRequired: boolean;
  wrapupPrompt?: ParticipantWrapupPrompt;
  wrapupTimeoutMs?: number;
  alertingTimeoutMs?: number;
  wrapup?: ParticipantWrapup;
  wrapupSkipped?: boolean;
  alertTimer?: TimerHandle;
  wrapupTimer?: TimerHandle;
}

/** Which flavour of the platform a conversation speaks: ACD chat or web messaging. */
export type SimMedia = 'chat' | 'message';

/** A web messaging message and the participant that sent it. */
export interface SimMessagingMessage {
  senderId: string;
  data: MessageData;
}

export interface SimConversation {
  id: string;
  media: SimMedia;
  startTime: number;
  endTime?: number;
  participants: SimParticipant[];
  messages: WebChatMessage[];
  /** Web messaging only: every message, in order (the chat transcript stays in `messages`). */
  messagingMessages: SimMessagingMessage[];
  /** Web messaging only: the Guest API deployment and session the customer came through. */
  deploymentId?: string;
  guestToken?: string;
  /** Web messaging only: ends the conversation when nobody writes for the queue's timeout. */
  inactivityTimer?: TimerHandle;
  /** The queue the chat came through (wrap-up codes come from it). */
  queueId: string;
  /** Set while the chat waits for routing. */
  waitingSince?: number;
  /** A transfer to a user waits for that user only. */
  targetUserId?: string;
  recentTransfers: unknown[];
}

const iso = (ms: number | undefined): string | undefined =>
  ms === undefined ? undefined : new Date(ms).toISOString();

function definedOnly<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) Reflect.deleteProperty(value, key);
  }
  return value;
}

export function toChatParticipant(p: SimParticipant): ChatMediaParticipant {
  return definedOnly<ChatMediaParticipant>({
    id: p.id,
    name: p.name,
    address: p.address,
    purpose: p.purpose,
    state: p.state,
    direction: 'inbound',
    held: p.held,
    startTime: new Date(p.startTime).toISOString(),
    startAlertingTime: iso(p.startAlertingTime),
    connectedTime: iso(p.connectedTime),
    endTime: iso(p.endTime),
    startHoldTime: iso(p.startHoldTime),
    disconnectType: p.disconnectType,
    user:
      p.userId === undefined
        ? undefined
        : { id: p.userId, name: p.userName, selfUri: `/api/v2/users/${p.userId}` },
    queue:
      p.queueId === undefined
        ? undefined
        : { id: p.queueId, name: p.queueName, selfUri: `/api/v2/routing/queues/${p.queueId}` },
    attributes: { ...p.attributes },
    wrapupRequired: p.wrapupRequired,
    wrapupPrompt: p.wrapupPrompt,
    wrapupTimeoutMs: p.wrapupTimeoutMs,
    alertingTimeoutMs: p.alertingTimeoutMs,
    wrapup: p.wrapup === undefined ? undefined : { ...p.wrapup },
  });
}

export function toChatConversation(c: SimConversation): ChatConversation {
  return {
    id: c.id,
    participants: c.participants.map(toChatParticipant),
    otherMediaUris: [],
    recentTransfers: [...c.recentTransfers],
    selfUri: `/api/v2/conversations/chats/${c.id}`,
  };
}

/** The generic view's communication of one participant, by the conversation's media. */
function genericCommunications(c: SimConversation, p: SimParticipant) {
  const communication = definedOnly({
    id: p.commId,
    state: p.state,
    held: p.held,
    direction: 'inbound' as const,
    disconnectType: p.disconnectType,
    connectedTime: iso(p.connectedTime),
    disconnectedTime: iso(p.endTime),
    startAlertingTime: iso(p.startAlertingTime),
    startHoldTime: iso(p.startHoldTime),
  });
  if (c.media === 'chat') return { chats: [communication] };
  return {
    messages: [{ ...communication, type: 'webmessaging', messages: messageDetailsOf(c, p) }],
  };
}

/** What a participant sent, as snapshots list it: ids, times and status, never text. */
export function messageDetailsOf(c: SimConversation, p: SimParticipant) {
  return c.messagingMessages
    .filter((m) => m.senderId === p.id)
    .map(({ data }) => ({
      messageId: data.id,
      messageURI: `/api/v2/conversations/messages/${c.id}/messages/${data.id}`,
      messageStatus: data.status,
      messageTime: data.timestamp,
    }));
}

export function toGenericConversation(c: SimConversation): Conversation {
  return definedOnly<Conversation>({
    id: c.id,
    startTime: new Date(c.startTime).toISOString(),
    endTime: iso(c.endTime),
    participants: c.participants.map((p) =>
      definedOnly({
        id: p.id,
        name: p.name,
        purpose: p.purpose,
        userId: p.userId,
        queueId: p.queueId,
        address: p.address,
        startTime: new Date(p.startTime).toISOString(),
        endTime: iso(p.endTime),
        attributes: { ...p.attributes },
        wrapupRequired: p.wrapupRequired,
        wrapup: p.wrapup === undefined ? undefined : { ...p.wrapup },
        ...genericCommunications(c, p),
      }),
    ),
    selfUri: `/api/v2/conversations/${c.id}`,
  });
}

export const isCustomer = (p: SimParticipant): boolean => p.purpose === 'customer';
export const isAgent = (p: SimParticipant): boolean => p.purpose === 'agent';

/** An agent participant that still owes a required wrap-up. */
export const owesWrapup = (p: SimParticipant): boolean =>
  isAgent(p) && p.state === 'disconnected' && p.wrapupRequired && p.wrapup === undefined;

/** Alerting, connected, or owing a wrap-up: what GET /conversations/chats lists. */
export const isActiveForAgent = (p: SimParticipant): boolean =>
  isAgent(p) && (p.state === 'alerting' || p.state === 'connected' || owesWrapup(p));
