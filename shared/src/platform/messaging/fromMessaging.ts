// Web messaging wire shapes translated into the core's one model (conversationSnapshot.ts):
// a MessageConversation becomes a snapshot tagged 'message', a MessageData a transcript
// message with its direction, delivery status and content.
import type { ChatMediaParticipant } from '../platformTypes';
import { cleanContent } from './messagingShapes';
import type { ConversationSnapshot, MessageRef, TranscriptMessage } from '../conversationSnapshot';
import type {
  MessageContent,
  MessageConversation,
  MessageData,
  MessageMediaParticipant,
  MessageDeliveryStatus,
} from '../messagingTypes';

/**
 * The platform's status words in either spelling (MessageDetails.messageStatus is lower
 * case, the normalized message's status capitalised): sent, delivered (delivery-success),
 * read, failed (delivery-failed). Queued counts as sent; received (inbound) as nothing.
 */
export function messagingStatusOf(word: string | undefined): MessageDeliveryStatus | undefined {
  switch (word?.toLowerCase()) {
    case 'queued':
    case 'sent':
      return 'Sent';
    case 'delivered':
    case 'delivery-success':
      return 'Delivered';
    case 'read':
      return 'Read';
    case 'failed':
    case 'delivery-failed':
      return 'Failed';
    default:
      return undefined;
  }
}

function chatParticipantOf(participant: MessageMediaParticipant): ChatMediaParticipant {
  // The message ids are not part of the interaction (they would make every new message look
  // like a change of the conversation); messageRefsOf reads them.
  const chatFields: Partial<MessageMediaParticipant> = { ...participant };
  delete chatFields.messages;
  delete chatFields.type;
  delete chatFields.wrapupSkipped;
  // What is left is the chat participant's fields (MessageMediaParticipant extends it).
  return { ...(chatFields as ChatMediaParticipant), held: false };
}

export function snapshotOfMessageConversation(
  conversation: MessageConversation,
): ConversationSnapshot {
  return {
    id: conversation.id,
    media: 'message',
    otherMediaUris: conversation.otherMediaUris,
    recentTransfers: conversation.recentTransfers,
    selfUri: conversation.selfUri,
    participants: conversation.participants.map(chatParticipantOf),
  };
}

/** Every message the snapshot lists (on any participant), once, with its newest status. */
export function messageRefsOf(conversation: MessageConversation): MessageRef[] {
  const refs = new Map<string, MessageRef>();
  for (const participant of conversation.participants) {
    for (const details of participant.messages) {
      const status = messagingStatusOf(details.messageStatus);
      const known = refs.get(details.messageId);
      if (known === undefined || (status !== undefined && known.status === undefined)) {
        refs.set(details.messageId, { id: details.messageId, status });
      }
    }
  }
  return [...refs.values()];
}

/** Which participant's communication a message is on: participant id by message id. */
export function messageOwners(conversation: MessageConversation): Map<string, string> {
  const owners = new Map<string, string>();
  for (const participant of conversation.participants) {
    for (const details of participant.messages) {
      if (participant.purpose === 'agent' || !owners.has(details.messageId)) {
        owners.set(details.messageId, participant.id);
      }
    }
  }
  return owners;
}

/**
 * One message as a transcript line. `senderId` is the communication id of the participant
 * that sent it (so the outbox can recognise its own sends), or the direction when unknown.
 */
export function transcriptMessageOf(
  data: MessageData,
  conversationId: string,
  senderId: string | undefined,
): TranscriptMessage {
  const direction = data.direction === 'outbound' ? 'outbound' : 'inbound';
  const content: MessageContent[] = cleanContent(data.normalizedMessage.content);
  return {
    id: data.id,
    conversation: { id: data.conversationId === '' ? conversationId : data.conversationId },
    sender: { id: senderId ?? direction },
    body: data.textBody,
    bodyType: 'standard',
    timestamp: data.timestamp,
    messaging: {
      direction,
      status:
        direction === 'outbound'
          ? (messagingStatusOf(data.status) ?? data.normalizedMessage.status)
          : undefined,
      content,
    },
  };
}
