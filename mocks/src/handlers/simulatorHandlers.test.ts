import { createSimulatorServer } from '../node';
import { SEED_IDS } from '../engine/seedData';
import type { ErrorBody } from '@acd/shared';

const BASE = 'https://api.sim.test';
const { server } = createSimulatorServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await fetch(`${BASE}/sim/reset`, { method: 'POST' });
});

async function login(userId: string): Promise<string> {
  const response = await fetch(`${BASE}/sim/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

const call = (token: string | null, path: string, init: RequestInit = {}) =>
  fetch(`${BASE}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    },
  });

describe('the simulator under msw/node', () => {
  it('answers 401 with the platform error body when no token is given', async () => {
    const response = await call(null, '/api/v2/users/me');
    expect(response.status).toBe(401);
    const body = (await response.json()) as ErrorBody;
    expect(body).toMatchObject({
      code: 'authentication.required',
      status: 401,
      details: [],
      errors: [],
    });
    expect(typeof body.contextId).toBe('string');
  });

  it('answers malformed JSON with 400 and an unknown conversation with 404', async () => {
    const token = await login(SEED_IDS.adminCasey);
    const malformed = await call(token, '/api/v2/routing/wrapupcodes', {
      method: 'POST',
      body: '{"name":',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorBody).code).toBe('bad.request');
    const missing = await call(token, '/api/v2/conversations/chats/nope');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as ErrorBody).code).toBe('not.found');
  });

  it('injects 429 with Retry-After for the next calls only', async () => {
    const token = await login(SEED_IDS.agentAlex);
    await fetch(`${BASE}/sim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 429, count: 1, retryAfterSeconds: 7 }),
    });
    const limited = await call(token, '/api/v2/users/me');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(((await limited.json()) as ErrorBody).code).toBe('too.many.requests');
    expect((await call(token, '/api/v2/users/me')).status).toBe(200);
  });

  it('aims a fault at the calls it names, and refuses a target it cannot read', async () => {
    const token = await login(SEED_IDS.agentAlex);
    const arm = (fault: Record<string, unknown>) =>
      fetch(`${BASE}/sim/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(fault),
      });
    const refused = await arm({ status: 503, method: 'FETCH' });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as ErrorBody).message).toMatch(/method/);
    expect((await arm({ status: 503, count: 1, pathContains: 'no slash' })).status).toBe(400);
    expect(
      (await arm({ status: 503, count: 1, method: 'GET', pathContains: '/conversations/chats' }))
        .status,
    ).toBe(202);
    expect((await call(token, '/api/v2/users/me')).status).toBe(200);
    expect((await call(token, '/api/v2/conversations/chats')).status).toBe(503);
    expect((await call(token, '/api/v2/conversations/chats')).status).toBe(200);
  });

  it('streams conversation events over the notification socket through the standard WebSocket', async () => {
    const token = await login(SEED_IDS.agentAlex);
    const channel = (await (
      await call(token, '/api/v2/notifications/channels', { method: 'POST' })
    ).json()) as {
      id: string;
      connectUri: string;
    };
    expect(channel.connectUri).toBe(`wss://api.sim.test/channels/${channel.id}`);
    const topic = `v2.users.${SEED_IDS.agentAlex}.conversations.chats`;
    await call(token, `/api/v2/notifications/channels/${channel.id}/subscriptions`, {
      method: 'PUT',
      body: JSON.stringify([{ id: topic }]),
    });
    const socket = new WebSocket(channel.connectUri);
    const frames: { topicName: string; eventBody: { id?: string } }[] = [];
    await new Promise((resolve) => socket.addEventListener('open', resolve));
    socket.addEventListener('message', (event: MessageEvent<string>) => {
      frames.push(JSON.parse(event.data) as (typeof frames)[number]);
    });
    await call(token, `/api/v2/users/${SEED_IDS.agentAlex}/presences/purecloud`, {
      method: 'PATCH',
      body: JSON.stringify({ presenceDefinition: { id: 'e08eaf1b-ee47-4fa9-a231-1200e284798f' } }),
    });
    const started = (await (
      await fetch(`${BASE}/sim/chats`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ customerName: 'Jo' }),
      })
    ).json()) as { conversationId: string };
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(
      frames.some((f) => f.topicName === topic && f.eventBody.id === started.conversationId),
    ).toBe(true);
    socket.close();
  });
});
