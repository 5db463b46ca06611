// The customer's side of a conversation of either kind (the /sim/chats/{cid}/* endpoints):
// a chat gets a WebChatMessage, a messaging conversation a MessageData, from the same body.
import type { MessageData, WebChatMessage } from '@acd/shared';
import { customerMessage, customerTyping } from './chatCommands';
import { conversationOf, type EngineContext } from './engineContext';
import {
  customerMessagingMessage,
  customerMessagingTyping,
  readMessagingText,
} from './messaging/messagingCommands';
import { badRequest } from './platformError';

export function customerWrites(
  ctx: EngineContext,
  conversationId: string,
  body: unknown,
): WebChatMessage | MessageData {
  if (conversationOf(ctx, conversationId).media === 'chat') {
    return customerMessage(ctx, conversationId, body);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('The request body must be a JSON object');
  }
  const text = readMessagingText('body', (body as { body?: unknown }).body);
  return customerMessagingMessage(ctx, conversationId, { text });
}

export function customerTypes(ctx: EngineContext, conversationId: string): void {
  if (conversationOf(ctx, conversationId).media === 'chat') customerTyping(ctx, conversationId);
  else customerMessagingTyping(ctx, conversationId);
}
