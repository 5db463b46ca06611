// The core's flavour-neutral view of what the platform says: a conversation snapshot and a
// transcript message, each tagged with its media. ACD chat's wire shapes are the base (they
// pass through unchanged); a web messaging conversation or message is translated into them
// at the edge (messaging/fromMessaging.ts), so slices and sagas handle one model.
import type { MessageContent, MessageDeliveryStatus } from './messagingTypes';
import type { ChatConversation, WebChatMessage } from './platformTypes';

export type ConversationMedia = 'chat' | 'message';

export interface ConversationSnapshot extends ChatConversation {
  /** Absent on an ACD chat snapshot straight off the wire: 'chat'. */
  media?: ConversationMedia;
}

/** What a web messaging message adds to a line of the transcript. */
export interface MessagingDetails {
  direction: 'inbound' | 'outbound';
  /** Outbound only: how far the platform got delivering it to the customer. */
  status?: MessageDeliveryStatus;
  /** Attachments, quick replies and cards; rendered as text and http(s) links only. */
  content: MessageContent[];
}

export interface TranscriptMessage extends WebChatMessage {
  messaging?: MessagingDetails;
}

/** A message a messaging snapshot lists: its id and status, no text. */
export interface MessageRef {
  id: string;
  status?: MessageDeliveryStatus;
}

export const mediaOf = (snapshot: ConversationSnapshot): ConversationMedia =>
  snapshot.media ?? 'chat';
