// A queue's inactivity timer for web messaging: when nobody writes in a conversation for the
// queue's timeout, the platform disconnects it (the customer leg ends with "timeout") and the
// agent wraps up as after any customer disconnect. The customer may come back later.
import { customerDisconnect } from '../chatCommands';
import { isCustomer, type SimConversation } from '../conversationModel';
import type { EngineContext } from '../engineContext';
import { badRequest } from '../platformError';

/** (Re)starts the timer after a message; without a timeout on the queue there is none. */
export function armInactivityTimer(ctx: EngineContext, conversation: SimConversation): void {
  if (conversation.inactivityTimer !== undefined)
    ctx.clock.clearTimer(conversation.inactivityTimer);
  conversation.inactivityTimer = undefined;
  const timeoutMs = ctx.messagingInactivityMs.get(conversation.queueId);
  if (timeoutMs === undefined) return;
  conversation.inactivityTimer = ctx.clock.setTimer(() => {
    conversation.inactivityTimer = undefined;
    const customer = conversation.participants.find(isCustomer);
    if (customer?.state === 'connected') customerDisconnect(ctx, conversation.id, 'timeout');
  }, timeoutMs);
}

/**
 * POST /sim/messaging/inactivity `{ queueId, timeoutSeconds }` (null clears it): applies to
 * conversations of that queue from their next message on.
 */
export function setInactivityTimeout(
  ctx: EngineContext,
  body: unknown,
): { queueId: string; timeoutSeconds: number | null } {
  const { queueId, timeoutSeconds } = (body ?? {}) as Record<string, unknown>;
  if (typeof queueId !== 'string') throw badRequest('queueId is required');
  ctx.directory.queue(queueId);
  if (timeoutSeconds === null) {
    ctx.messagingInactivityMs.delete(queueId);
    return { queueId, timeoutSeconds: null };
  }
  if (
    typeof timeoutSeconds !== 'number' ||
    !Number.isInteger(timeoutSeconds) ||
    timeoutSeconds < 1 ||
    timeoutSeconds > 30 * 24 * 3600
  ) {
    throw badRequest('timeoutSeconds must be a whole number from 1 to 2592000, or null');
  }
  ctx.messagingInactivityMs.set(queueId, timeoutSeconds * 1000);
  return { queueId, timeoutSeconds };
}
