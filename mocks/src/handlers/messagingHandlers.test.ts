// The messaging agent endpoints and the /sim customer side over HTTP (msw/node): paths, status
// codes and bodies as the platform spec's "Web messaging flavour" lists them.
import type {
  Conversation,
  ErrorBody,
  MessageConversation,
  MessageData,
  PagedListing,
  TextMessageListing,
} from '@acd/shared';
import { createSimulatorServer } from '../node';
import { SEED_IDS } from '../engine/seedData';

const BASE = 'https://api.sim.test';
const { server, engine } = createSimulatorServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  server.close();
  // Alert timers of the last test's conversations would keep the worker alive.
  engine.dispose();
});
beforeEach(async () => {
  await fetch(`${BASE}/sim/reset`, { method: 'POST' });
});

const call = (token: string | null, path: string, init: RequestInit = {}) =>
  fetch(`${BASE}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    },
  });

async function json<T>(response: Response | Promise<Response>): Promise<T> {
  return (await (await response).json()) as T;
}

async function agentOnQueue(userId: string): Promise<string> {
  const { access_token: token } = await json<{ access_token: string }>(
    call(null, '/sim/login', { method: 'POST', body: JSON.stringify({ userId }) }),
  );
  await call(token, `/api/v2/users/${userId}/presences/purecloud`, {
    method: 'PATCH',
    body: JSON.stringify({ presenceDefinition: { systemPresence: 'On Queue' } }),
  });
  return token;
}

async function startMessaging(body: Record<string, unknown>) {
  const response = await call(null, '/sim/messaging', {
    method: 'POST',
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return json<{ conversationId: string; token: string }>(response);
}

describe('web messaging over HTTP', () => {
  it('lists one deployment per queue in GET /sim/users', async () => {
    const body = await json<{ deployments: { id: string; queueId: string }[] }>(
      call(null, '/sim/users'),
    );
    expect(body.deployments.map((d) => d.queueId).sort()).toEqual(
      [SEED_IDS.queueSupport, SEED_IDS.queueSales, SEED_IDS.queueBilling].sort(),
    );
  });

  it('runs a conversation from POST /sim/messaging to wrap-up through the agent endpoints', async () => {
    const token = await agentOnQueue(SEED_IDS.agentAlex);
    const started = await startMessaging({ customerName: 'Guest', firstMessage: 'hello' });
    expect(started.token).toMatch(/\S/);

    const listing = await json<PagedListing<MessageConversation>>(
      call(token, '/api/v2/conversations/messages'),
    );
    expect(listing.entities.map((c) => c.id)).toEqual([started.conversationId]);
    const cid = started.conversationId;
    const conversation = await json<MessageConversation>(
      call(token, `/api/v2/conversations/messages/${cid}`),
    );
    const agent = conversation.participants.find((p) => p.purpose === 'agent');
    expect(agent?.state).toBe('alerting');
    const customerIds =
      conversation.participants
        .find((p) => p.purpose === 'customer')
        ?.messages.map((m) => m.messageId) ?? [];
    expect(customerIds).toHaveLength(1);

    const pick = await call(
      token,
      `/api/v2/conversations/messages/${cid}/participants/${agent?.id}`,
      {
        method: 'PATCH',
        body: JSON.stringify({ state: 'connected' }),
      },
    );
    expect(pick.status).toBe(202);

    const generic = await json<Conversation>(call(token, `/api/v2/conversations/${cid}`));
    const commId = generic.participants.find((p) => p.id === agent?.id)?.messages?.[0]?.id;
    expect(commId).toBeDefined();

    const bulk = await json<TextMessageListing>(
      call(token, `/api/v2/conversations/messages/${cid}/messages/bulk`, {
        method: 'POST',
        body: JSON.stringify(customerIds),
      }),
    );
    expect(bulk.entities.map((m) => m.textBody)).toEqual(['hello']);

    const sent = await call(
      token,
      `/api/v2/conversations/messages/${cid}/communications/${commId}/messages`,
      {
        method: 'POST',
        body: JSON.stringify({ textBody: 'Hi, I am Alex' }),
      },
    );
    expect(sent.status).toBe(200);
    expect(await json<MessageData>(sent)).toMatchObject({ status: 'sent', direction: 'outbound' });

    const typing = await call(
      token,
      `/api/v2/conversations/messages/${cid}/communications/${commId}/typing`,
      {
        method: 'POST',
        body: JSON.stringify({ typing: { type: 'On', duration: 3000 } }),
      },
    );
    expect(typing.status).toBe(202);

    const held = await call(
      token,
      `/api/v2/conversations/messages/${cid}/participants/${agent?.id}`,
      {
        method: 'PATCH',
        body: JSON.stringify({ held: true }),
      },
    );
    expect(held.status).toBe(400);

    const customerSays = await call(null, `/sim/chats/${cid}/messages`, {
      method: 'POST',
      body: JSON.stringify({ body: 'thanks' }),
    });
    expect(await json<MessageData>(customerSays)).toMatchObject({ textBody: 'thanks' });
    expect((await call(null, `/sim/chats/${cid}/typing`, { method: 'POST' })).status).toBe(202);
    expect((await call(null, `/sim/chats/${cid}/disconnect`, { method: 'POST' })).status).toBe(202);

    const codes = await json<{ id: string }[]>(
      call(token, `/api/v2/conversations/messages/${cid}/participants/${agent?.id}/wrapupcodes`),
    );
    expect(codes.map((c) => c.id)).toContain(SEED_IDS.codeResolved);
    const wrapup = await call(
      token,
      `/api/v2/conversations/messages/${cid}/participants/${agent?.id}/communications/${commId}/wrapup`,
      { method: 'POST', body: JSON.stringify({ code: SEED_IDS.codeResolved }) },
    );
    expect(wrapup.status).toBe(202);
    const after = await json<PagedListing<MessageConversation>>(
      call(token, '/api/v2/conversations/messages'),
    );
    expect(after.entities).toEqual([]);
  });

  it('answers a chat id on the messaging paths, and a messaging id on the chat paths, with 404', async () => {
    const token = await agentOnQueue(SEED_IDS.agentAlex);
    const { conversationId: messagingId } = await startMessaging({ customerName: 'Guest' });
    const chat = await json<{ conversationId: string }>(
      call(null, '/sim/chats', { method: 'POST', body: JSON.stringify({ customerName: 'Chat' }) }),
    );
    const onChatPath = await call(token, `/api/v2/conversations/chats/${messagingId}`);
    expect(onChatPath.status).toBe(404);
    expect((await json<ErrorBody>(onChatPath)).code).toBe('not.found');
    const onMessagingPath = await call(
      token,
      `/api/v2/conversations/messages/${chat.conversationId}`,
    );
    expect(onMessagingPath.status).toBe(404);
  });

  it('refuses a 4,001-character message and a bulk body that is not an array with 400', async () => {
    await agentOnQueue(SEED_IDS.agentAlex);
    const { conversationId } = await startMessaging({ customerName: 'Guest' });
    const long = await call(null, `/sim/chats/${conversationId}/messages`, {
      method: 'POST',
      body: JSON.stringify({ body: 'z'.repeat(4001) }),
    });
    expect(long.status).toBe(400);
    const badStart = await call(null, '/sim/messaging', {
      method: 'POST',
      body: JSON.stringify({ customerName: '' }),
    });
    expect(badStart.status).toBe(400);
  });

  it('records delivery receipts through /sim/messaging/{cid}/receipts', async () => {
    const token = await agentOnQueue(SEED_IDS.agentAlex);
    const { conversationId: cid } = await startMessaging({ customerName: 'Guest' });
    const conversation = await json<MessageConversation>(
      call(token, `/api/v2/conversations/messages/${cid}`),
    );
    const agent = conversation.participants.find((p) => p.purpose === 'agent');
    await call(token, `/api/v2/conversations/messages/${cid}/participants/${agent?.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ state: 'connected' }),
    });
    const generic = await json<Conversation>(call(token, `/api/v2/conversations/${cid}`));
    const commId = generic.participants.find((p) => p.id === agent?.id)?.messages?.[0]?.id;
    const sent = await json<MessageData>(
      call(token, `/api/v2/conversations/messages/${cid}/communications/${commId}/messages`, {
        method: 'POST',
        body: JSON.stringify({ textBody: 'ping' }),
      }),
    );
    const receipt = await json<{ entities: MessageData[] }>(
      call(null, `/sim/messaging/${cid}/receipts`, {
        method: 'POST',
        body: JSON.stringify({ messageId: sent.id, status: 'Delivered' }),
      }),
    );
    expect(receipt.entities[0]).toMatchObject({
      status: 'delivery-success',
      normalizedMessage: { status: 'Delivered' },
    });
  });
});
