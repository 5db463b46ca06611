// What agents and customers do in a web messaging conversation that a chat does otherwise:
// write (MessageData with a normalized message), read text in bulk, type, and the delivery
// status of the agent's messages. Routing, pick-up, disconnect and wrap-up are the chat's
// commands (chatCommands.ts): the media changes the transcript, not the rules.
import {
  MAX_BULK_MESSAGE_IDS,
  MAX_MESSAGE_LENGTH,
  userInboundTypingTopic,
  type InboundTypingEvent,
  type MessageContent,
  type MessageData,
  type MessageDataStatus,
  type MessageDeliveryStatus,
  type TextMessageListing,
} from '@acd/shared';
import { isCustomer, type SimConversation, type SimParticipant } from '../conversationModel';
import type { SimUser } from '../directory';
import { agentUserIds, conversationOf, type EngineContext } from '../engineContext';
import { settle } from '../chatRouter';
import { agentByCommunication, asObject } from '../chatCommands';
import { armInactivityTimer } from './inactivity';
import { badRequest, conflict, notFound } from '../platformError';

/** The platform's MessageData.status for each delivery status of an outbound message. */
const DATA_STATUS: Record<MessageDeliveryStatus, MessageDataStatus> = {
  Sent: 'sent',
  Delivered: 'delivery-success',
  Read: 'read',
  Failed: 'delivery-failed',
};
/** A receipt never takes a message back: Sent, then Delivered, then Read; Failed ends it. */
const ORDER: Record<MessageDeliveryStatus, number> = { Sent: 0, Delivered: 1, Read: 2, Failed: 2 };
/** Web messaging's channel, as the platform names it for a Messenger deployment. */
const PLATFORM = 'Genesys';

/** The conversation, which must be a messaging one (a chat id on a messaging path is 404). */
export function messagingConversationOf(ctx: EngineContext, id: string): SimConversation {
  const conversation = conversationOf(ctx, id);
  if (conversation.media !== 'message') throw notFound('Message conversation', id);
  return conversation;
}

/** Text as the platform bounds it: non-empty, at most 4,000 characters. */
export function readMessagingText(name: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw badRequest(`${name} must be a non-empty string`);
  }
  if (value.length > MAX_MESSAGE_LENGTH) {
    throw badRequest(`${name} must be at most ${MAX_MESSAGE_LENGTH} characters`);
  }
  return value;
}

export interface MessagingContentInput {
  text: string;
  content?: MessageContent[];
}

/** Stores one message and tells the agents (a snapshot listing its id). */
export function appendMessagingMessage(
  ctx: EngineContext,
  conversation: SimConversation,
  sender: SimParticipant,
  input: MessagingContentInput,
): MessageData {
  const now = new Date(ctx.clock.now()).toISOString();
  const outbound = !isCustomer(sender);
  const customer = conversation.participants.find(isCustomer);
  const customerRecipient = {
    id: customer?.commId ?? conversation.id,
    idType: 'Opaque',
    ...(customer === undefined ? {} : { nickname: customer.name }),
  };
  const deploymentRecipient = { id: conversation.deploymentId ?? conversation.queueId };
  const id = ctx.newId();
  const data: MessageData = {
    id,
    conversationId: conversation.id,
    timestamp: now,
    direction: outbound ? 'outbound' : 'inbound',
    messengerType: 'webmessaging',
    textBody: input.text,
    status: outbound ? 'sent' : 'received',
    normalizedMessage: {
      id,
      channel: {
        platform: PLATFORM,
        type: 'Private',
        messageId: id,
        time: now,
        from: outbound ? deploymentRecipient : customerRecipient,
        to: outbound ? customerRecipient : deploymentRecipient,
      },
      type: input.content === undefined ? 'Text' : 'Structured',
      text: input.text,
      ...(input.content === undefined ? {} : { content: input.content }),
      ...(outbound ? { status: 'Sent' as const } : {}),
      direction: outbound ? 'Outbound' : 'Inbound',
      originatingEntity: 'Human',
    },
    ...(sender.userId === undefined
      ? {}
      : {
          createdBy: {
            id: sender.userId,
            name: sender.userName,
            selfUri: `/api/v2/users/${sender.userId}`,
          },
        }),
    selfUri: `/api/v2/conversations/messages/${conversation.id}/messages/${id}`,
  };
  conversation.messagingMessages.push({ senderId: sender.id, data });
  armInactivityTimer(ctx, conversation);
  settle(ctx, [conversation]);
  return structuredClone(data);
}

/** POST .../communications/{commId}/messages `{ textBody }`: answers the sent MessageData. */
export function sendAgentMessagingMessage(
  ctx: EngineContext,
  caller: SimUser,
  conversationId: string,
  commId: string,
  body: unknown,
): MessageData {
  const conversation = messagingConversationOf(ctx, conversationId);
  const p = agentByCommunication(conversation, commId, caller.id);
  const { textBody, mediaIds } = asObject(body);
  const text = readMessagingText('textBody', textBody);
  if (mediaIds !== undefined && (!Array.isArray(mediaIds) || mediaIds.length > 0)) {
    throw badRequest('The simulator sends no media from agents: mediaIds must be empty');
  }
  if (p.state !== 'connected') throw badRequest('The conversation is not connected');
  return appendMessagingMessage(ctx, conversation, p, { text });
}

/** POST .../communications/{commId}/typing `{ typing: { type: "On", duration? } }`. */
export function sendAgentMessagingTyping(
  ctx: EngineContext,
  caller: SimUser,
  conversationId: string,
  commId: string,
  body: unknown,
): { duration: number } {
  const conversation = messagingConversationOf(ctx, conversationId);
  const p = agentByCommunication(conversation, commId, caller.id);
  const { typing } = asObject(body);
  const { type, duration } = asObject(typing);
  if (type !== 'On') throw badRequest('typing.type must be "On"');
  if (
    duration !== undefined &&
    (typeof duration !== 'number' ||
      !Number.isInteger(duration) ||
      duration < 1 ||
      duration > 60_000)
  ) {
    throw badRequest('typing.duration must be a whole number of milliseconds, 1 to 60000');
  }
  if (p.state !== 'connected') throw badRequest('The conversation is not connected');
  return { duration: typeof duration === 'number' ? duration : 5000 };
}

/** POST .../{cid}/messages/bulk: the whole messages for up to 1,000 ids, in the order asked. */
export function bulkMessages(
  ctx: EngineContext,
  conversationId: string,
  body: unknown,
): TextMessageListing {
  const conversation = messagingConversationOf(ctx, conversationId);
  if (!Array.isArray(body)) throw badRequest('The body must be an array of message ids');
  if (body.length > MAX_BULK_MESSAGE_IDS) {
    throw badRequest(`At most ${MAX_BULK_MESSAGE_IDS} message ids in one request`);
  }
  const byId = new Map(conversation.messagingMessages.map((m) => [m.data.id, m.data]));
  const entities: MessageData[] = [];
  for (const id of body) {
    if (typeof id !== 'string') throw badRequest('Every message id must be a string');
    // Ids of another conversation are not this one's to give: they are left out.
    const data = byId.get(id);
    if (data !== undefined) entities.push(structuredClone(data));
  }
  return { entities };
}

/** The customer writes (the /sim customer endpoint and, later, the Guest API). */
export function customerMessagingMessage(
  ctx: EngineContext,
  conversationId: string,
  input: MessagingContentInput,
): MessageData {
  const conversation = messagingConversationOf(ctx, conversationId);
  const customer = conversation.participants.find(isCustomer);
  if (customer === undefined || customer.state !== 'connected') {
    throw conflict('The customer has left this conversation');
  }
  return appendMessagingMessage(ctx, conversation, customer, input);
}

/** The customer types: every agent of the conversation hears it on the inbound typing topic. */
export function customerMessagingTyping(ctx: EngineContext, conversationId: string): void {
  const conversation = messagingConversationOf(ctx, conversationId);
  const customer = conversation.participants.find(isCustomer);
  if (customer === undefined || customer.state !== 'connected') {
    throw conflict('The customer has left this conversation');
  }
  const event: InboundTypingEvent = {
    conversationId: conversation.id,
    normalizedMessage: {
      channel: {
        id: customer.commId,
        platform: PLATFORM,
        from: { id: customer.commId, idType: 'Opaque', nickname: customer.name },
        to: { id: conversation.deploymentId ?? conversation.queueId },
        time: new Date(ctx.clock.now()).toISOString(),
      },
      type: 'Event',
      events: [{ eventType: 'Typing', typing: { type: 'On', duration: 5000 } }],
      direction: 'Inbound',
    },
  };
  for (const userId of agentUserIds(conversation)) {
    ctx.hub.publish(userInboundTypingTopic(userId), event);
  }
}

/**
 * A delivery receipt for the agent's messages (the customer's app got or read them, or the
 * channel failed them): one message, or with no id every outbound message so far. A receipt
 * never moves a message back (Read stays Read) and a failed one stays failed.
 */
export function recordReceipt(
  ctx: EngineContext,
  conversationId: string,
  body: unknown,
): MessageData[] {
  const conversation = messagingConversationOf(ctx, conversationId);
  const { messageId, status } = asObject(body);
  if (status !== 'Delivered' && status !== 'Read' && status !== 'Failed') {
    throw badRequest('status must be Delivered, Read or Failed');
  }
  if (messageId !== undefined && typeof messageId !== 'string') {
    throw badRequest('messageId must be a string');
  }
  const outbound = conversation.messagingMessages.filter((m) => m.data.direction === 'outbound');
  const targets =
    messageId === undefined ? outbound : outbound.filter((m) => m.data.id === messageId);
  if (messageId !== undefined && targets.length === 0)
    throw notFound('Outbound message', messageId);
  const changed: MessageData[] = [];
  for (const { data } of targets) {
    const current = data.normalizedMessage.status ?? 'Sent';
    if (current === 'Failed' || ORDER[status] <= ORDER[current]) continue;
    if (status === 'Failed' && current !== 'Sent') continue;
    data.normalizedMessage.status = status;
    data.status = DATA_STATUS[status];
    changed.push(structuredClone(data));
  }
  if (changed.length > 0) settle(ctx, [conversation]);
  return changed;
}
