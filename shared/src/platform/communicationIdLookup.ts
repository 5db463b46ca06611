// The communication id of a participant (a chat's or a web messaging one), looked up once per
// conversation and remembered: every message, typing indicator and wrap-up needs it. The same
// generic look-up tells which flavour a conversation is.
import type { ConversationMedia } from './conversationSnapshot';
import { PlatformError } from './platformError';
import type { PlatformHttp } from './platformHttp';
import { isConversationCommunications } from './platformShapes';
import { apiPath } from './requestUrl';

/** Enough for a long shift of chats; the oldest entries go first. */
const MAX_REMEMBERED = 1000;

export interface CommunicationIdLookup {
  communicationIdOf: (conversationId: string, participantId: string) => Promise<string>;
  /** Fresh every time: agents join a conversation on transfer. */
  agentCommunicationIdsOf: (conversationId: string) => Promise<string[]>;
  /** Chat or messaging, from the communications the platform lists (remembered). */
  mediaOf: (conversationId: string) => Promise<ConversationMedia>;
}

export function createCommunicationIdLookup(http: PlatformHttp): CommunicationIdLookup {
  const known = new Map<string, string>();
  const media = new Map<string, ConversationMedia>();
  // Concurrent look-ups of one conversation share one request.
  const inFlight = new Map<string, Promise<void>>();
  const keyOf = (conversationId: string, participantId: string) =>
    JSON.stringify([conversationId, participantId]);

  function remember(key: string, communicationId: string): void {
    known.delete(key);
    known.set(key, communicationId);
    for (const oldest of known.keys()) {
      if (known.size <= MAX_REMEMBERED) break;
      known.delete(oldest);
    }
  }

  async function load(conversationId: string): Promise<string[]> {
    const agentCommunicationIds: string[] = [];
    const conversation = await http.request(
      'GET',
      apiPath`/api/v2/conversations/${conversationId}`,
      {
        idempotent: true,
        expect: isConversationCommunications,
      },
    );
    for (const participant of conversation.participants) {
      const messaging = participant.messages?.[0]?.id;
      if (messaging !== undefined) media.set(conversationId, 'message');
      else if (participant.chats?.[0] !== undefined && !media.has(conversationId))
        media.set(conversationId, 'chat');
      const communicationId = participant.chats?.[0]?.id ?? messaging;
      if (communicationId !== undefined) {
        remember(keyOf(conversationId, participant.id), communicationId);
        if (participant.purpose === 'agent') agentCommunicationIds.push(communicationId);
      }
    }
    return agentCommunicationIds;
  }

  const communicationIdOf = async (conversationId: string, participantId: string) => {
    const key = keyOf(conversationId, participantId);
    const cached = known.get(key);
    if (cached !== undefined) return cached;
    let loading = inFlight.get(conversationId);
    if (loading === undefined) {
      loading = load(conversationId)
        .then(() => undefined)
        .finally(() => inFlight.delete(conversationId));
      inFlight.set(conversationId, loading);
    }
    await loading;
    const found = known.get(key);
    if (found === undefined) {
      throw new PlatformError(
        'malformedResponse',
        `Conversation ${conversationId} has no communication for participant ${participantId}`,
      );
    }
    return found;
  };

  const mediaOf = async (conversationId: string): Promise<ConversationMedia> => {
    const remembered = media.get(conversationId);
    if (remembered !== undefined) return remembered;
    await load(conversationId);
    const found = media.get(conversationId);
    if (found === undefined) {
      throw new PlatformError(
        'malformedResponse',
        `Conversation ${conversationId} has neither chat nor messaging communications`,
      );
    }
    return found;
  };

  return { communicationIdOf, agentCommunicationIdsOf: load, mediaOf };
}
