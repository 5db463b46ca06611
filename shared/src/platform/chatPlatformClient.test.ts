import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createChatPlatformClient } from './chatPlatformClient';
import { PlatformError } from './platformError';
import { createPlatformHttp } from './platformHttp';
import { LAST_SEEN_ATTRIBUTE, SYSTEM_PRESENCE_IDS } from './platformTypes';

const BASE = 'https://platform.test';
const server = setupServer();

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
});
afterAll(() => {
  server.close();
});

interface Seen {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

/** A client whose calls are recorded on their way to the (msw) platform. */
function makeClient() {
  const seen: Seen[] = [];
  const platform = createPlatformHttp({
    baseUrl: BASE,
    getAccessToken: () => 'token-1',
    onAuthExpired: () => Promise.resolve(null),
    sleep: () => Promise.resolve(),
    fetch: (input, init) => {
      const url = new URL(input instanceof Request ? input.url : input);
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      seen.push({
        method: init?.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body,
      });
      return fetch(input, init);
    },
  });
  return { client: createChatPlatformClient(platform), seen };
}

const accepted = () => new HttpResponse(null, { status: 202 });

function chat(id: string) {
  return {
    id,
    participants: [
      {
        id: `${id}-agent`,
        name: 'Agent',
        purpose: 'agent',
        state: 'connected',
        direction: 'inbound',
        held: false,
        startTime: '2024-01-01T00:00:00.000Z',
        attributes: {},
        wrapupRequired: false,
      },
    ],
    otherMediaUris: [],
    recentTransfers: [],
    selfUri: `/api/v2/conversations/chats/${id}`,
  };
}

function listing<T>(entities: T[], pageNumber: number, pageCount: number, nextUri?: string) {
  return { entities, pageSize: 2, pageNumber, total: pageCount * 2, pageCount, nextUri };
}

function message(id: string) {
  return {
    id,
    conversation: { id: 'c1' },
    sender: { id: 'comm-customer' },
    body: `text ${id}`,
    bodyType: 'standard',
    timestamp: '2024-01-01T00:00:00.000Z',
  };
}

function wrapupCode(id: string, name = `Code ${id}`) {
  return {
    id,
    name,
    division: { id: 'home', name: 'Home' },
    dateCreated: '2024-01-01T00:00:00.000Z',
    createdBy: 'admin',
    selfUri: `/api/v2/routing/wrapupcodes/${id}`,
  };
}

const user = { id: 'u-me', name: 'Me', email: 'me@example.com', username: 'me', state: 'active' };

function conversationHandler(counter: { calls: number }) {
  return http.get('*/api/v2/conversations/:cid', ({ params }) => {
    counter.calls += 1;
    return HttpResponse.json({
      id: params.cid,
      startTime: '2024-01-01T00:00:00.000Z',
      participants: [
        { id: 'p-customer', name: 'Customer', purpose: 'customer', chats: [{ id: 'comm-c' }] },
        { id: 'p-acd', name: 'Queue', purpose: 'acd' },
        { id: 'p-agent', name: 'Agent', purpose: 'agent', chats: [{ id: 'comm-a' }] },
      ],
      selfUri: `/api/v2/conversations/${String(params.cid)}`,
    });
  });
}

async function failureOf(promise: Promise<unknown>): Promise<PlatformError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PlatformError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('chat platform client', () => {
  it('changes the participant state with absolute PATCHes', async () => {
    server.use(http.patch('*/api/v2/conversations/chats/:cid/participants/:pid', accepted));
    const { client, seen } = makeClient();

    await client.pickUp('c1', 'p1');
    await client.hold('c1', 'p1');
    await client.unhold('c1', 'p1');
    await client.disconnect('c1', 'p1');

    const path = '/api/v2/conversations/chats/c1/participants/p1';
    expect(seen).toEqual([
      { method: 'PATCH', path, query: {}, body: { state: 'connected' } },
      { method: 'PATCH', path, query: {}, body: { held: true } },
      { method: 'PATCH', path, query: {}, body: { held: false } },
      { method: 'PATCH', path, query: {}, body: { state: 'disconnected' } },
    ]);
  });

  it('retries a pick-up on 503 (it is idempotent) but never a message', async () => {
    let patches = 0;
    let posts = 0;
    const counter = { calls: 0 };
    server.use(
      conversationHandler(counter),
      http.patch('*/api/v2/conversations/chats/:cid/participants/:pid', () => {
        patches += 1;
        return patches === 1 ? new HttpResponse(null, { status: 503 }) : accepted();
      }),
      http.post('*/api/v2/conversations/chats/:cid/communications/:comm/messages', () => {
        posts += 1;
        return new HttpResponse(null, { status: 503 });
      }),
    );
    const { client } = makeClient();

    await client.pickUp('c1', 'p-agent');
    const error = await failureOf(client.sendMessage('c1', 'p-agent', 'Hello'));

    expect(patches).toBe(2);
    expect(error).toMatchObject({ kind: 'http', status: 503 });
    expect(posts).toBe(1);
  });

  it('looks the communication id up once per conversation', async () => {
    const counter = { calls: 0 };
    server.use(conversationHandler(counter));
    const { client } = makeClient();

    const [first, concurrent] = await Promise.all([
      client.getCommunicationId('c1', 'p-agent'),
      client.getCommunicationId('c1', 'p-agent'),
    ]);
    const again = await client.getCommunicationId('c1', 'p-agent');
    const customer = await client.getCommunicationId('c1', 'p-customer');

    expect([first, concurrent, again, customer]).toEqual(['comm-a', 'comm-a', 'comm-a', 'comm-c']);
    expect(counter.calls).toBe(1);
  });

  it('fails with malformedResponse for a participant without a chat communication', async () => {
    server.use(conversationHandler({ calls: 0 }));
    const { client } = makeClient();

    const error = await failureOf(client.getCommunicationId('c1', 'p-acd'));

    expect(error.kind).toBe('malformedResponse');
  });

  it('sends messages and typing through the agent communication', async () => {
    server.use(
      conversationHandler({ calls: 0 }),
      http.post('*/api/v2/conversations/chats/:cid/communications/:comm/messages', () =>
        HttpResponse.json({ ...message('m9'), sender: { id: 'comm-a' }, body: 'Hello' }),
      ),
      http.post('*/api/v2/conversations/chats/:cid/communications/:comm/typing', accepted),
    );
    const { client, seen } = makeClient();

    const sent = await client.sendMessage('c1', 'p-agent', 'Hello');
    await client.sendTyping('c1', 'p-agent');

    expect(sent).toMatchObject({ id: 'm9', body: 'Hello', sender: { id: 'comm-a' } });
    expect(seen.filter((call) => call.method === 'POST')).toEqual([
      {
        method: 'POST',
        path: '/api/v2/conversations/chats/c1/communications/comm-a/messages',
        query: {},
        body: { body: 'Hello', bodyType: 'standard' },
      },
      {
        method: 'POST',
        path: '/api/v2/conversations/chats/c1/communications/comm-a/typing',
        query: {},
        body: undefined,
      },
    ]);
  });

  it('records the last seen message in the participant attributes', async () => {
    const { client, seen } = makeClient();
    server.use(
      http.patch('*/api/v2/conversations/chats/:cid/participants/:pid/attributes', accepted),
    );

    await client.markSeen('c1', 'p1', 'm7');

    expect(seen).toEqual([
      {
        method: 'PATCH',
        path: '/api/v2/conversations/chats/c1/participants/p1/attributes',
        query: {},
        body: { attributes: { [LAST_SEEN_ATTRIBUTE]: 'm7' } },
      },
    ]);
  });

  it('follows the next links of the transcript, oldest first', async () => {
    const { client, seen } = makeClient();
    server.use(
      http.get('*/api/v2/conversations/chats/:cid/messages', ({ request }) => {
        const after = new URL(request.url).searchParams.get('after');
        if (after === null) {
          return HttpResponse.json({
            entities: [message('m1'), message('m2')],
            next: '/api/v2/conversations/chats/c1/messages?after=m2&maxResults=100',
          });
        }
        if (after === 'm2') {
          return HttpResponse.json({
            entities: [message('m3')],
            next: `${BASE}/api/v2/conversations/chats/c1/messages?after=m3&maxResults=100`,
          });
        }
        return HttpResponse.json({ entities: [message('m4')] });
      }),
    );

    const messages = await client.listMessages('c1');

    expect(messages.map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(seen[0]?.query).toEqual({ maxResults: '100', sortOrder: 'ascending' });
    expect(seen).toHaveLength(3);
  });

  it('gathers every page of the active chats', async () => {
    const { client } = makeClient();
    server.use(
      http.get('*/api/v2/conversations/chats', ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('pageNumber') ?? '1');
        const next = page < 3 ? `/api/v2/conversations/chats?pageNumber=${page + 1}` : undefined;
        return HttpResponse.json(listing([chat(`c${page}a`), chat(`c${page}b`)], page, 3, next));
      }),
    );

    const chats = await client.listActiveChats();

    expect(chats.map((c) => c.id)).toEqual(['c1a', 'c1b', 'c2a', 'c2b', 'c3a', 'c3b']);
  });

  it('asks for the next page number when a listing has counts but no link', async () => {
    const { client } = makeClient();
    server.use(
      http.get('*/api/v2/routing/queues/me', ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('pageNumber') ?? '1');
        const queue = { id: `q${page}`, name: `Queue ${page}` };
        return HttpResponse.json(listing([queue], page, 2));
      }),
    );

    const queues = await client.listMyQueues();

    expect(queues.map((q) => q.id)).toEqual(['q1', 'q2']);
  });

  it('stops paging that never ends', async () => {
    const { client } = makeClient();
    server.use(
      http.get('*/api/v2/conversations/chats', () =>
        HttpResponse.json(listing([chat('c1')], 1, 2, '/api/v2/conversations/chats')),
      ),
    );

    const error = await failureOf(client.listActiveChats());

    expect(error.kind).toBe('malformedResponse');
  });

  it('rejects a listing that is not the expected shape', async () => {
    server.use(
      http.get('*/api/v2/conversations/chats', () => HttpResponse.json({ chats: [] })),
      http.get('*/api/v2/conversations/chats/:cid', () => HttpResponse.json({ id: 'c1' })),
    );
    const { client } = makeClient();

    expect((await failureOf(client.listActiveChats())).kind).toBe('malformedResponse');
    expect((await failureOf(client.getChat('c1'))).kind).toBe('malformedResponse');
  });

  it('transfers blind to a queue or a user', async () => {
    server.use(http.post('*/api/v2/conversations/chats/:cid/participants/:pid/replace', accepted));
    const { client, seen } = makeClient();

    await client.transfer('c1', 'p1', { queueId: 'q1' });
    await client.transfer('c1', 'p1', { userId: 'u2' });

    expect(seen.map((call) => [call.path, call.body])).toEqual([
      ['/api/v2/conversations/chats/c1/participants/p1/replace', { queueId: 'q1' }],
      ['/api/v2/conversations/chats/c1/participants/p1/replace', { userId: 'u2' }],
    ]);
  });

  it('lists the participant codes and submits the wrap-up on the communication', async () => {
    server.use(
      conversationHandler({ calls: 0 }),
      http.get('*/api/v2/conversations/chats/:cid/participants/:pid/wrapupcodes', () =>
        HttpResponse.json([wrapupCode('w1'), wrapupCode('w2')]),
      ),
      http.post(
        '*/api/v2/conversations/chats/:cid/participants/:pid/communications/:comm/wrapup',
        accepted,
      ),
    );
    const { client, seen } = makeClient();

    const codes = await client.listParticipantWrapupCodes('c1', 'p-agent');
    await client.submitWrapup('c1', 'p-agent', { code: 'w2', notes: 'Solved' });

    expect(codes.map((c) => c.id)).toEqual(['w1', 'w2']);
    expect(seen.at(-1)).toEqual({
      method: 'POST',
      path: '/api/v2/conversations/chats/c1/participants/p-agent/communications/comm-a/wrapup',
      query: {},
      body: { code: 'w2', notes: 'Solved' },
    });
  });

  it('administers wrap-up codes', async () => {
    server.use(
      http.get('*/api/v2/routing/wrapupcodes', () =>
        HttpResponse.json(listing([wrapupCode('w1')], 1, 1)),
      ),
      http.post('*/api/v2/routing/wrapupcodes', () => HttpResponse.json(wrapupCode('w3', 'New'))),
      http.get('*/api/v2/routing/wrapupcodes/:id', ({ params }) =>
        HttpResponse.json(wrapupCode(String(params.id), 'Old')),
      ),
      http.put('*/api/v2/routing/wrapupcodes/:id', async ({ request }) =>
        HttpResponse.json(await request.json()),
      ),
      http.delete(
        '*/api/v2/routing/wrapupcodes/:id',
        () => new HttpResponse(null, { status: 204 }),
      ),
    );
    const { client, seen } = makeClient();

    const page = await client.listWrapupCodes({ pageNumber: 2, pageSize: 10, name: 'Sa*' });
    const created = await client.createWrapupCode('New', 'A new code');
    const renamed = await client.renameWrapupCode('w1', 'Renamed');
    await client.deleteWrapupCode('w1');

    expect(page.entities.map((c) => c.id)).toEqual(['w1']);
    expect(created.id).toBe('w3');
    expect(renamed).toMatchObject({ id: 'w1', name: 'Renamed' });
    expect(seen.map(({ method, path, query, body }) => [method, path, query, body])).toEqual([
      [
        'GET',
        '/api/v2/routing/wrapupcodes',
        { pageNumber: '2', pageSize: '10', name: 'Sa*' },
        undefined,
      ],
      ['POST', '/api/v2/routing/wrapupcodes', {}, { name: 'New', description: 'A new code' }],
      ['GET', '/api/v2/routing/wrapupcodes/w1', {}, undefined],
      ['PUT', '/api/v2/routing/wrapupcodes/w1', {}, { ...wrapupCode('w1', 'Renamed') }],
      ['DELETE', '/api/v2/routing/wrapupcodes/w1', {}, undefined],
    ]);
  });

  it('assigns codes to a queue in batches of at most 100 and unassigns one', async () => {
    const batches: number[] = [];
    let deleted = '';
    server.use(
      http.get('*/api/v2/routing/queues/:qid/wrapupcodes', () =>
        HttpResponse.json(listing([wrapupCode('w1')], 1, 1)),
      ),
      http.post('*/api/v2/routing/queues/:qid/wrapupcodes', async ({ request }) => {
        const body = (await request.json()) as { id: string }[];
        batches.push(body.length);
        return HttpResponse.json(null);
      }),
      http.delete('*/api/v2/routing/queues/:qid/wrapupcodes/:codeId', ({ params }) => {
        deleted = `${String(params.qid)}/${String(params.codeId)}`;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { client } = makeClient();
    const ids = Array.from({ length: 150 }, (_, i) => `w${i}`);

    const assigned = await client.listQueueWrapupCodes('q1');
    await client.assignWrapupCodes('q1', ids);
    await client.unassignWrapupCode('q1', 'w7');

    expect(assigned.entities).toHaveLength(1);
    expect(batches).toEqual([100, 50]);
    expect(deleted).toBe('q1/w7');
  });

  it('searches users by name and email, and queues by name', async () => {
    server.use(
      http.post('*/api/v2/users/search', async ({ request }) => {
        const body = (await request.json()) as { query: { value: string }[] };
        return body.query[0]?.value === 'nobody'
          ? HttpResponse.json({ total: 0, pageCount: 0, pageSize: 25, pageNumber: 1 })
          : HttpResponse.json({
              total: 1,
              pageCount: 1,
              pageSize: 25,
              pageNumber: 1,
              results: [user],
            });
      }),
      http.get('*/api/v2/routing/queues', () =>
        HttpResponse.json(listing([{ id: 'q1', name: 'Support' }], 1, 1)),
      ),
    );
    const { client, seen } = makeClient();

    expect(await client.searchUsers(' me ')).toEqual([user]);
    expect(await client.searchUsers('nobody')).toEqual([]);
    expect(await client.searchUsers('  ')).toEqual([]);
    expect((await client.searchQueues('sup')).map((q) => q.name)).toEqual(['Support']);

    expect(seen[0]?.body).toEqual({
      pageSize: 25,
      pageNumber: 1,
      query: [{ type: 'CONTAINS', fields: ['name', 'email'], value: 'me' }],
    });
    expect(seen).toHaveLength(3);
    expect(seen[2]?.query).toMatchObject({ name: '*sup*' });
  });

  it('sets presence on the signed-in user, fetching the user once', async () => {
    let meCalls = 0;
    server.use(
      http.get('*/api/v2/users/me', () => {
        meCalls += 1;
        return HttpResponse.json(user);
      }),
      http.patch('*/api/v2/users/:id/presences/purecloud', () => HttpResponse.json({})),
      http.put('*/api/v2/users/:id/routingstatus', () => HttpResponse.json({})),
    );
    const { client, seen } = makeClient();

    await client.setPresence('On Queue');
    await client.setPresence('Away');
    await client.setRoutingStatus('u-me', 'IDLE');

    expect(meCalls).toBe(1);
    expect(seen.filter((call) => call.method !== 'GET')).toEqual([
      {
        method: 'PATCH',
        path: '/api/v2/users/u-me/presences/purecloud',
        query: {},
        body: { presenceDefinition: { id: SYSTEM_PRESENCE_IDS['On Queue'] } },
      },
      {
        method: 'PATCH',
        path: '/api/v2/users/u-me/presences/purecloud',
        query: {},
        body: { presenceDefinition: { id: SYSTEM_PRESENCE_IDS.Away } },
      },
      {
        method: 'PUT',
        path: '/api/v2/users/u-me/routingstatus',
        query: {},
        body: { status: 'IDLE' },
      },
    ]);
  });

  it('reads the signed-in user with presence, routing status and permissions', async () => {
    const { client, seen } = makeClient();
    server.use(http.get('*/api/v2/users/me', () => HttpResponse.json(user)));

    expect(await client.getMe()).toEqual(user);
    expect(seen[0]?.query).toEqual({ expand: 'presence,routingStatus,authorization' });
  });

  it('opens a notification channel and subscribes to topics', async () => {
    const channel = { id: 'ch1', connectUri: 'wss://platform.test/channels/ch1', expires: 'later' };
    server.use(
      http.post('*/api/v2/notifications/channels', () => HttpResponse.json(channel)),
      http.put('*/api/v2/notifications/channels/:id/subscriptions', () => HttpResponse.json({})),
    );
    const { client, seen } = makeClient();

    expect(await client.createChannel()).toEqual(channel);
    await client.subscribe('ch1', ['v2.users.u-me.conversations.chats']);

    expect(seen.at(-1)).toEqual({
      method: 'PUT',
      path: '/api/v2/notifications/channels/ch1/subscriptions',
      query: {},
      body: [{ id: 'v2.users.u-me.conversations.chats' }],
    });
  });

  it('encodes ids in paths', async () => {
    const { client, seen } = makeClient();
    server.use(http.patch('*/api/v2/conversations/chats/:cid/participants/:pid', accepted));

    await client.pickUp('c/1', 'p 1');

    expect(seen[0]?.path).toBe('/api/v2/conversations/chats/c%2F1/participants/p%201');
  });
});
