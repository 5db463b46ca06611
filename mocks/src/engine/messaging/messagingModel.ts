// The web messaging view of a simulator conversation (GET /api/v2/conversations/messages/{cid}
// and the v2.users.{id}.conversations.messages snapshots): the chat participant's fields plus
// the ids and status of each participant's messages, never their text.
import type { MessageConversation, MessageMediaParticipant } from '@acd/shared';
import {
  messageDetailsOf,
  toChatParticipant,
  type SimConversation,
  type SimParticipant,
} from '../conversationModel';

export function toMessageParticipant(
  c: SimConversation,
  p: SimParticipant,
): MessageMediaParticipant {
  const participant: MessageMediaParticipant = {
    ...toChatParticipant(p),
    messages: messageDetailsOf(c, p),
    type: 'webmessaging',
  };
  if (p.wrapupSkipped === true) participant.wrapupSkipped = true;
  return participant;
}

export function toMessageConversation(c: SimConversation): MessageConversation {
  return {
    id: c.id,
    participants: c.participants.map((p) => toMessageParticipant(c, p)),
    otherMediaUris: [],
    recentTransfers: [...c.recentTransfers],
    selfUri: `/api/v2/conversations/messages/${c.id}`,
  };
}
