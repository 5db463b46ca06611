// Conversation attributes on the platform: read for `customInteractionAttributes` (the file
// receives them in the interaction) and written by `PureCloud.addCustomAttributes`
// (PATCH .../participants/{pid}/attributes on the agent's own participant, which merges).
import { LAST_SEEN_ATTRIBUTE } from '@acd/shared';

/** The agent's token and the platform's origin (the core keeps its own HTTP client private). */
export interface AttributesPlatform {
  baseUrl: string;
  accessToken: () => string | null;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

async function call(
  platform: AttributesPlatform,
  method: 'GET' | 'PATCH',
  path: string,
  body?: unknown,
) {
  const token = platform.accessToken();
  if (token === null) throw new Error('signed out');
  const fetchImpl = platform.fetch ?? ((input, init) => fetch(input, init));
  const response = await fetchImpl(new URL(path, platform.baseUrl), {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(platform.timeoutMs ?? 10_000),
  });
  const text = await response.text();
  if (!response.ok) {
    let message = `HTTP ${response.status}`;
    try {
      const parsed = JSON.parse(text) as { message?: unknown };
      if (typeof parsed.message === 'string') message = `${message}: ${parsed.message}`;
    } catch {
      // Not JSON: the status says enough.
    }
    throw new Error(message);
  }
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

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

export function createConversationAttributes(platform: AttributesPlatform) {
  return {
    /** Every participant's attributes, the customer's first, agents' written over them. */
    async read(conversationId: string): Promise<Record<string, string>> {
      const chat = await call(platform, 'GET', chatPath(conversationId));
      if (!isConversation(chat)) throw new Error('the platform answered without participants');
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
      await call(
        platform,
        'PATCH',
        `${chatPath(conversationId)}/participants/${encodeURIComponent(participantId)}/attributes`,
        { attributes },
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
