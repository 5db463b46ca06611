// Conversation attributes on the platform: read for `customInteractionAttributes` (the file
// receives them in the interaction) and written by `PureCloud.addCustomAttributes`
// (PATCH .../participants/{pid}/attributes on the agent's own participant, which merges).
import type { PlatformHttp } from '@acd/shared/platform/platformHttp';
import { LAST_SEEN_ATTRIBUTE } from '@acd/shared/platform/platformTypes';

interface ParticipantAttributes {
  purpose?: unknown;
  attributes?: unknown;
}

const isConversation = (value: unknown): value is { participants: ParticipantAttributes[] } =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as { participants?: unknown }).participants);

function stringAttributes(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, v] of Object.entries(value)) if (typeof v === 'string') out[key] = v;
  return out;
}

const chatPath = (conversationId: string) =>
  `/api/v2/conversations/chats/${encodeURIComponent(conversationId)}`;

export function createConversationAttributes(http: PlatformHttp) {
  return {
    /** Every participant's attributes, the customer's first, agents' written over them. */
    async read(conversationId: string): Promise<Record<string, string>> {
      const chat = await http.request('GET', chatPath(conversationId), {
        expect: isConversation,
        idempotent: true,
      });
      const ordered = [...chat.participants].sort(
        (a, b) => Number(a.purpose !== 'customer') - Number(b.purpose !== 'customer'),
      );
      const merged: Record<string, string> = {};
      for (const p of ordered) Object.assign(merged, stringAttributes(p.attributes));
      // The client's own bookkeeping is not the CRM's business.
      Reflect.deleteProperty(merged, LAST_SEEN_ATTRIBUTE);
      return merged;
    },

    async write(conversationId: string, participantId: string, attributes: Record<string, string>) {
      await http.request(
        'PATCH',
        `${chatPath(conversationId)}/participants/${encodeURIComponent(participantId)}/attributes`,
        { body: { attributes }, idempotent: true },
      );
    },
  };
}

export type ConversationAttributes = ReturnType<typeof createConversationAttributes>;

/** Only the names the file listed in `customInteractionAttributes`. */
export function pickAttributes(
  all: Record<string, string>,
  names: string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = all[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}
