// Web messaging is asynchronous: a guest who comes back with the same session token returns to
// the same conversation, transcript and all. If it had ended, the customer leg reconnects and
// the conversation waits in its queue again, to be routed like a new one.
import { enqueue, settle } from '../chatRouter';
import { isCustomer, type SimConversation } from '../conversationModel';
import type { EngineContext } from '../engineContext';
import { badRequest } from '../platformError';
import { customerMessagingMessage, readMessagingText } from './messagingCommands';

export function comeBack(
  ctx: EngineContext,
  conversation: SimConversation,
  firstMessage: unknown,
): void {
  const text =
    firstMessage === undefined || (typeof firstMessage === 'string' && firstMessage.trim() === '')
      ? undefined
      : readMessagingText('firstMessage', firstMessage);
  const customer = conversation.participants.find(isCustomer);
  if (customer === undefined) throw badRequest('The conversation has no customer');
  if (customer.state !== 'connected') {
    const now = ctx.clock.now();
    customer.state = 'connected';
    customer.disconnectType = undefined;
    customer.endTime = undefined;
    customer.connectedTime = now;
    conversation.endTime = undefined;
    enqueue(ctx, conversation, ctx.directory.queue(conversation.queueId));
  }
  if (text !== undefined) customerMessagingMessage(ctx, conversation.id, { text });
  else settle(ctx, [conversation]);
}
