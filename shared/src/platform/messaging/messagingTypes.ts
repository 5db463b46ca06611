// The wire shapes of the platform's web messaging flavour (/api/v2/conversations/messages),
// as the platform spec lists them ("Web messaging flavour"). Field names follow the vendor's
// models (MessageMediaParticipant, MessageDetails, MessageData, ConversationNormalizedMessage);
// the simulator produces them and the client consumes them, so both import them from here.
import type { ChatMediaParticipant, EntityRef } from '../platformTypes';

/** A message id with its delivery status, as a messaging snapshot lists it (no text). */
export interface MessageDetails {
  messageId: string;
  messageTime?: string;
  /** The platform's status word; the client reads sent, delivered, read and failed. */
  messageStatus?: string;
  media?: unknown[];
}

/** A messaging participant: a chat participant's fields plus the ids of its messages. */
export interface MessageMediaParticipant extends Omit<ChatMediaParticipant, 'held' | 'attributes'> {
  held?: boolean;
  attributes?: Record<string, string>;
  /** Messages on this participant's communication: ids only, text through the bulk call. */
  messages?: MessageDetails[];
  /** The messaging platform the customer writes from (webmessaging, sms, ...). */
  type?: string;
}

export interface MessageConversation {
  id: string;
  participants: MessageMediaParticipant[];
  otherMediaUris?: string[];
  recentTransfers?: unknown[];
  selfUri?: string;
}

export type NormalizedMessageType = 'Text' | 'Structured' | 'Receipt' | 'Event';
export type NormalizedDirection = 'Inbound' | 'Outbound';
export type MessagingStatus = 'Sent' | 'Delivered' | 'Read' | 'Failed';

export interface ContentAttachment {
  id?: string;
  mediaType: string;
  url?: string;
  mime?: string;
  filename?: string;
  contentSizeBytes?: number;
}

export interface ContentQuickReply {
  text: string;
  payload: string;
}

export interface ContentCardAction {
  type?: string;
  text?: string;
  payload?: string;
  url?: string;
}

export interface ContentCard {
  title: string;
  description?: string;
  image?: string;
  actions: ContentCardAction[];
}

export interface MessageContent {
  contentType: string;
  attachment?: ContentAttachment;
  quickReply?: ContentQuickReply;
  card?: ContentCard;
}

export interface NormalizedMessage {
  id?: string;
  channel?: { platform?: string; type?: string; time?: string; from?: unknown; to?: unknown };
  type: NormalizedMessageType;
  text?: string;
  content?: MessageContent[];
  events?: { eventType: string; typing?: { type: string; duration?: number } }[];
  status?: MessagingStatus;
  direction?: NormalizedDirection;
  originatingEntity?: 'Human' | 'Bot';
}

/** One message with its text: the bulk call's entities and the send call's answer. */
export interface MessageData {
  id: string;
  timestamp: string;
  direction?: 'inbound' | 'outbound';
  textBody?: string;
  status: string;
  normalizedMessage?: NormalizedMessage;
  conversationId?: string;
  fromAddress?: string;
  toAddress?: string;
  createdBy?: EntityRef;
  selfUri?: string;
}

/** POST .../messages/bulk answers `{ entities }`. */
export interface TextMessageListing {
  entities: MessageData[];
}

/** POST .../communications/{commId}/messages (the vendor's AdditionalMessage). */
export interface AdditionalMessage {
  textBody: string;
  mediaIds?: string[];
}

/** POST .../communications/{commId}/typing. */
export interface MessageTypingEventRequest {
  typing: { type: 'On'; duration?: number };
}

/** The bulk call takes at most this many ids. */
export const MAX_BULK_MESSAGE_IDS = 1000;

export const userMessagesTopic = (userId: string): string =>
  `v2.users.${userId}.conversations.messages`;
export const inboundTypingTopic = (userId: string): string =>
  `v2.users.${userId}.conversations.inbound.typing.event`;
