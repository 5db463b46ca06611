// Who may read a conversation, its transcript and its message topic: as on the platform, the
// agents who take or took part in it, and holders of the view permission (supervisors). Writes
// are narrower still (own participant only, see ownAgentParticipant).
import { isAgent, type SimConversation } from './conversationModel';
import type { SimUser } from './directory';
import { conversationOf, type EngineContext } from './engineContext';
import { SimPlatformError } from './platformError';

/** The platform's permission for GET /api/v2/conversations/{id} of anyone's conversation. */
export const CONVERSATION_VIEW_PERMISSION = 'conversation:communication:view';

export function mayReadConversation(
  ctx: EngineContext,
  caller: SimUser,
  conversation: SimConversation,
): boolean {
  return (
    conversation.participants.some((p) => isAgent(p) && p.userId === caller.id) ||
    ctx.directory.permissionsOf(caller).includes(CONVERSATION_VIEW_PERMISSION)
  );
}

/** The conversation, when the caller may read it; 404 when unknown, 403 when not theirs. */
export function readableConversation(
  ctx: EngineContext,
  caller: SimUser,
  conversationId: string,
): SimConversation {
  const conversation = conversationOf(ctx, conversationId);
  if (!mayReadConversation(ctx, caller, conversation)) {
    throw new SimPlatformError(
      403,
      `Missing permission: ${CONVERSATION_VIEW_PERMISSION} (not a participant of ${conversationId})`,
    );
  }
  return conversation;
}

/** The id of a chat conversation; a messaging one is not found on the chat paths. */
export function chatConversationId(ctx: EngineContext, conversationId: string): string {
  if (conversationOf(ctx, conversationId).media !== 'chat') {
    throw new SimPlatformError(404, `Chat conversation ${conversationId} was not found`);
  }
  return conversationId;
}
