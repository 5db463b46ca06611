// The demo's calls to the simulator's control API (/sim/*): the customer's side of a chat
// and sign-in tokens for the agent clients it opens. Never used by the agent client.
import { SYSTEM_PRESENCE_IDS } from '@acd/shared';

export interface SimQueue {
  id: string;
  name: string;
}
/** A web messaging deployment: the Guest API's entry point to a queue. */
export interface SimDeployment {
  id: string;
  name: string;
  queueId: string;
}
export interface SimUser {
  id: string;
  name: string;
  email: string;
  admin: boolean;
}
export interface SimParticipant {
  purpose: string;
  state: string;
  name?: string;
  user?: { id: string; name?: string };
}
export interface SimConversation {
  id: string;
  participants: SimParticipant[];
  messageCount: number;
}

async function call<T>(
  base: string,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
) {
  const response = await fetch(new URL(path, base), {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...extraHeaders,
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed: unknown = text === '' ? undefined : JSON.parse(text);
  if (!response.ok) {
    const message = (parsed as { message?: unknown } | undefined)?.message;
    throw new Error(typeof message === 'string' ? message : `${path} answered ${response.status}`);
  }
  return parsed as T;
}

export function createSimulatorControl(base: string) {
  return {
    base,
    directory: () =>
      call<{ users: SimUser[]; queues: SimQueue[]; deployments?: SimDeployment[] }>(
        base,
        'GET',
        '/sim/users',
      ),
    conversations: async () =>
      (await call<{ conversations: SimConversation[] }>(base, 'GET', '/sim/state')).conversations,
    login: (userId: string) =>
      call<{ access_token: string; token_type: string; expires_in: number }>(
        base,
        'POST',
        '/sim/login',
        { userId },
      ),
    startChat: (chat: {
      queueId: string;
      customerName: string;
      customerEmail?: string;
      firstMessage?: string;
    }) => call<{ conversationId: string }>(base, 'POST', '/sim/chats', chat),
    say: (conversationId: string, body: string) =>
      call<unknown>(base, 'POST', `/sim/chats/${encodeURIComponent(conversationId)}/messages`, {
        body,
      }),
    typing: (conversationId: string) =>
      call<unknown>(base, 'POST', `/sim/chats/${encodeURIComponent(conversationId)}/typing`),
    leave: (conversationId: string) =>
      call<unknown>(base, 'POST', `/sim/chats/${encodeURIComponent(conversationId)}/disconnect`),
    /**
     * Puts the demo's agent On Queue through the platform API with the agent's own token, as
     * the client's presence menu would: a newcomer's first chat then alerts at once.
     */
    goOnQueue: (userId: string, accessToken: string) =>
      call<unknown>(
        base,
        'PATCH',
        `/api/v2/users/${encodeURIComponent(userId)}/presences/purecloud`,
        { presenceDefinition: { id: SYSTEM_PRESENCE_IDS['On Queue'] } },
        { Authorization: `Bearer ${accessToken}` },
      ),
  };
}

export type SimulatorControl = ReturnType<typeof createSimulatorControl>;

/** The standalone page, signed in through the platform's implicit-grant fragment. */
export function standaloneUrl(
  pageOrigin: string,
  platformBaseUrl: string,
  language: 'en' | 'ja',
  grant: { access_token: string; token_type: string; expires_in: number },
): string {
  const url = new URL('/standalone/', pageOrigin);
  url.searchParams.set('platform', platformBaseUrl);
  url.searchParams.set('lang', language);
  url.hash = new URLSearchParams({
    access_token: grant.access_token,
    token_type: grant.token_type,
    expires_in: String(grant.expires_in),
  }).toString();
  return url.toString();
}

/** How the customer's chat stands, as the panel shows it. */
export function chatStatus(conversation: SimConversation | undefined): string {
  if (conversation === undefined) return 'ended';
  const customer = conversation.participants.find((p) => p.purpose === 'customer');
  if (
    customer === undefined ||
    customer.state === 'disconnected' ||
    customer.state === 'terminated'
  )
    return 'ended';
  const agent = [...conversation.participants].reverse().find((p) => p.purpose === 'agent');
  if (agent === undefined) return 'waiting in queue';
  const name = agent.user?.name ?? agent.name ?? 'an agent';
  if (agent.state === 'alerting') return `alerting ${name}`;
  if (agent.state === 'connected') return `talking with ${name}`;
  return 'waiting in queue';
}
