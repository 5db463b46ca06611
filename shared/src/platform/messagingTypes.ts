// The wire shapes of the platform's web messaging flavour (platform-api.md, "Web messaging
// flavour"), beside the ACD chat ones in platformTypes.ts. Field names follow the vendor SDK's
// models (MessageConversation, MessageMediaParticipant, MessageDetails, MessageData,
// ConversationNormalizedMessage); the simulator produces them and the client consumes them.
import type { ChatMediaParticipant, ParticipantState, DisconnectType } from './platformTypes';

/** MessageData.status and MessageDetails.messageStatus, as the platform spells them. */
export type MessageDataStatus =
  | 'queued'
  | 'sent'
  | 'failed'
  | 'received'
  | 'delivery-success'
  | 'delivery-failed'
  | 'read'
  | 'removed'
  | 'published';

/** The delivery status of an outbound message, as the normalized message states it. */
export type MessageDeliveryStatus = 'Sent' | 'Delivered' | 'Read' | 'Failed';

export type NormalizedMessageType = 'Text' | 'Structured' | 'Receipt' | 'Event';
export type NormalizedDirection = 'Inbound' | 'Outbound';

/** One message of a participant, as conversation snapshots list it: ids, never text. */
export interface MessageDetails {
  messageId: string;
  messageURI?: string;
  messageStatus: MessageDataStatus;
  messageTime: string;
  media?: {
    id?: string;
    url?: string;
    mediaType?: string;
    contentLengthBytes?: number;
    name?: string;
  }[];
}

export interface MessageMediaParticipant extends ChatMediaParticipant {
  /** The messages this participant sent (ids and status only). */
  messages: MessageDetails[];
  wrapupSkipped?: boolean;
  /** The messaging type of the communication, e.g. "webmessaging". */
  type?: string;
}

export interface MessageConversation {
  id: string;
  participants: MessageMediaParticipant[];
  otherMediaUris: string[];
  recentTransfers: unknown[];
  /** ISO-8601 duration after which an idle conversation is disconnected, when set. */
  inactivityTimeout?: string;
  selfUri: string;
}

export interface MessagingRecipient {
  id: string;
  idType?: string;
  nickname?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
}

export interface MessagingChannel {
  id?: string;
  platform: string;
  type?: string;
  messageId?: string;
  to?: MessagingRecipient;
  from?: MessagingRecipient;
  time: string;
}

export interface MessageAttachment {
  id?: string;
  mediaType: 'Image' | 'Video' | 'Audio' | 'File' | 'Link';
  url?: string;
  mime?: string;
  text?: string;
  filename?: string;
  contentSizeBytes?: number;
}

export interface MessageQuickReply {
  text: string;
  payload: string;
  image?: string;
  action?: string;
}

export interface MessageCardAction {
  type: string;
  text: string;
  url?: string;
  payload?: string;
}

export interface MessageCard {
  title: string;
  description?: string;
  image?: string;
  actions: MessageCardAction[];
}

export interface MessageContent {
  contentType: 'Attachment' | 'QuickReply' | 'Card' | 'ButtonResponse' | 'Text';
  attachment?: MessageAttachment;
  quickReply?: MessageQuickReply;
  card?: MessageCard;
  buttonResponse?: { type?: string; text: string; payload?: string };
}

export interface MessageEvent {
  eventType: 'Typing' | 'Presence';
  typing?: { type: 'On'; duration?: number };
  presence?: { type: string };
}

export interface NormalizedMessage {
  id?: string;
  channel?: MessagingChannel;
  type: NormalizedMessageType;
  text?: string;
  content?: MessageContent[];
  events?: MessageEvent[];
  status?: MessageDeliveryStatus;
  direction?: NormalizedDirection;
  originatingEntity?: 'Human' | 'Bot';
}

/** A whole message, as the bulk call and the send call answer it. */
export interface MessageData {
  id: string;
  conversationId: string;
  timestamp: string;
  fromAddress?: string;
  toAddress?: string;
  direction: 'inbound' | 'outbound';
  messengerType: string;
  /** Deprecated by the vendor in favour of normalizedMessage.text, still sent. */
  textBody: string;
  status: MessageDataStatus;
  normalizedMessage: NormalizedMessage;
  createdBy?: { id: string; name?: string; selfUri?: string };
  selfUri: string;
}

/** POST .../messages/bulk answers this (an array of message ids goes in). */
export interface TextMessageListing {
  entities: MessageData[];
}

/** POST .../communications/{commId}/messages. */
export interface AdditionalMessage {
  textBody: string;
  mediaIds?: string[];
}

/** POST .../communications/{commId}/typing. */
export interface MessageTypingEventRequest {
  typing: { type: 'On'; duration?: number };
}

/** The generic conversation's messaging communication (participants[].messages[]). */
export interface MessagingCommunication {
  id: string;
  state: ParticipantState;
  held: boolean;
  direction: 'inbound' | 'outbound';
  disconnectType?: DisconnectType;
  connectedTime?: string;
  disconnectedTime?: string;
  startAlertingTime?: string;
  type?: string;
  messages: MessageDetails[];
}

/** v2.users.{userId}.conversations.inbound.typing.event: the customer is typing. */
export interface InboundTypingEvent {
  conversationId: string;
  normalizedMessage: {
    channel?: Omit<MessagingChannel, 'type' | 'messageId'>;
    type: 'Event';
    events: MessageEvent[];
    direction: 'Inbound';
  };
}

export const userMessagesTopic = (userId: string): string =>
  `v2.users.${userId}.conversations.messages`;
export const userInboundTypingTopic = (userId: string): string =>
  `v2.users.${userId}.conversations.inbound.typing.event`;

/** The bulk call takes at most this many message ids. */
export const MAX_BULK_MESSAGE_IDS = 1000;
