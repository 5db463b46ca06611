// Turns one socket frame into something the core understands, or says why it cannot.
// Frames come from the network: nothing is trusted until its shape is checked.
import type { ConversationSnapshot, MessageRef } from '../../platform/conversationSnapshot';
import {
  messageRefsOf,
  snapshotOfMessageConversation,
} from '../../platform/messaging/fromMessaging';
import { isMessageConversation } from '../../platform/messaging/messagingShapes';
import { isChatConversation, isWebChatMessage } from '../../platform/platformShapes';
import type { WebChatMessage } from '../../platform/platformTypes';
import { isRecord } from '../../guards/isRecord';

export type Notification =
  | { kind: 'heartbeat' }
  | { kind: 'socketClosing' }
  /** `messageRefs`: a web messaging snapshot's message ids (the texts come in bulk). */
  | { kind: 'snapshot'; conversation: ConversationSnapshot; messageRefs?: MessageRef[] }
  | { kind: 'message'; message: WebChatMessage }
  | { kind: 'typing'; conversationId: string; senderId: string }
  | { kind: 'dropped'; reason: string };

const USER_CHATS = /^v2\.users\.([^.]+)\.conversations\.chats$/;
const CHAT_MESSAGES = /^v2\.conversations\.chats\.([^.]+)\.messages$/;
const USER_MESSAGES = /^v2\.users\.([^.]+)\.conversations\.messages$/;
const INBOUND_TYPING = /^v2\.users\.([^.]+)\.conversations\.inbound\.typing\.event$/;

const dropped = (reason: string): Notification => ({ kind: 'dropped', reason });

/**
 * A snapshot of one chat or one message is a few kilobytes (messages are at most 4,000
 * characters); a frame far beyond that is not the platform's and is not parsed at all.
 */
export const MAX_FRAME_CHARS = 256 * 1024;

function parseJson(data: unknown): unknown {
  if (typeof data !== 'string') return undefined;
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return undefined;
  }
}

export function parseNotification(data: unknown, userId: string): Notification {
  if (typeof data === 'string' && data.length > MAX_FRAME_CHARS) {
    return dropped(`frame of ${data.length} characters is over ${MAX_FRAME_CHARS}`);
  }
  const frame = parseJson(data);
  if (!isRecord(frame) || typeof frame.topicName !== 'string') {
    return dropped('not a notification envelope');
  }
  const { topicName, eventBody } = frame;
  const metadata = isRecord(frame.metadata) ? frame.metadata : {};
  if (topicName === 'channel.metadata') return { kind: 'heartbeat' };
  if (topicName === 'v2.system.socket_closing') return { kind: 'socketClosing' };

  const user = USER_CHATS.exec(topicName);
  if (user !== null) {
    if (user[1] !== userId) return dropped(`another user's topic ${topicName}`);
    if (!isChatConversation(eventBody)) return dropped(`malformed conversation on ${topicName}`);
    return { kind: 'snapshot', conversation: eventBody };
  }

  const messaging = parseMessagingTopic(topicName, eventBody, userId);
  if (messaging !== undefined) return messaging;

  const chat = CHAT_MESSAGES.exec(topicName);
  if (chat !== null) {
    if (!isWebChatMessage(eventBody) || eventBody.conversation.id !== chat[1]) {
      return dropped(`malformed message on ${topicName}`);
    }
    if (metadata.type === 'typing-indicator') {
      return { kind: 'typing', conversationId: chat[1], senderId: eventBody.sender.id };
    }
    if (metadata.type !== undefined && metadata.type !== 'message') {
      return dropped(`unknown message type on ${topicName}`);
    }
    return { kind: 'message', message: eventBody };
  }
  return dropped(`unknown topic ${topicName}`);
}

/** The two web messaging topics, or undefined for any other topic. */
function parseMessagingTopic(
  topicName: string,
  eventBody: unknown,
  userId: string,
): Notification | undefined {
  const user = USER_MESSAGES.exec(topicName) ?? INBOUND_TYPING.exec(topicName);
  if (user === null) return undefined;
  if (user[1] !== userId) return dropped(`another user's topic ${topicName}`);
  if (USER_MESSAGES.test(topicName)) {
    if (!isMessageConversation(eventBody)) return dropped(`malformed conversation on ${topicName}`);
    return {
      kind: 'snapshot',
      conversation: snapshotOfMessageConversation(eventBody),
      messageRefs: messageRefsOf(eventBody),
    };
  }
  // The customer is typing: the event names the conversation, nothing else is needed.
  const conversationId = isRecord(eventBody)
    ? (eventBody.conversationId ??
      (isRecord(eventBody.conversation) ? eventBody.conversation.id : undefined))
    : undefined;
  if (typeof conversationId !== 'string') return dropped(`malformed typing event on ${topicName}`);
  return { kind: 'typing', conversationId, senderId: '' };
}
