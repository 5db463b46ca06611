// The platform port over both flavours, against a recorded (msw) platform: what is asked of
// the web messaging API, in how many requests, and what the core gets back.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createPlatformClient } from '../createPlatformClient';
import { PlatformError } from '../platformError';
import { createPlatformHttp } from '../platformHttp';
import { cleanContent } from './messagingShapes';

const BASE = 'https://platform.test';
const API = `${BASE}/api/v2`;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

interface Seen {
  method: string;
  path: string;
  body: unknown;
}

function makeClient() {
  const seen: Seen[] = [];
  const platformHttp = createPlatformHttp({
    baseUrl: BASE,
    getAccessToken: () => 'token-1',
    onAuthExpired: () => Promise.resolve(null),
    sleep: () => Promise.resolve(),
    fetch: (input, init) => {
      const url = new URL(input instanceof Request ? input.url : input);
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      seen.push({ method: init?.method ?? 'GET', path: url.pathname, body });
      return fetch(input, init);
    },
  });
  return { client: createPlatformClient(platformHttp), seen };
}

const T0 = '2026-11-28T07:00:00.000Z';
const participant = (id: string, purpose: string, extra: object = {}) => ({
  id,
  name: purpose === 'agent' ? 'Alex Morgan' : 'Mina Sato',
  purpose,
  state: 'connected',
  direction: 'inbound',
  startTime: T0,
  held: false,
  attributes: {},
  wrapupRequired: purpose === 'agent',
  ...extra,
});

function messaging(id: string, messageIds: string[] = []) {
  return {
    id,
    participants: [
      participant(`${id}-cust`, 'customer', {
        messages: messageIds.map((messageId) => ({
          messageId,
          messageStatus: 'received',
          messageTime: T0,
        })),
      }),
      participant(`${id}-agent`, 'agent', { user: { id: 'agent-alex' }, messages: [] }),
    ],
    otherMediaUris: [],
    recentTransfers: [],
    selfUri: `/api/v2/conversations/messages/${id}`,
  };
}

const paged = (entities: unknown[]) => ({
  entities,
  pageSize: 25,
  pageNumber: 1,
  total: entities.length,
  pageCount: 1,
});

const messageData = (id: string, direction: 'inbound' | 'outbound', textBody: string) => ({
  id,
  timestamp: T0,
  direction,
  textBody,
  status: direction === 'outbound' ? 'sent' : 'received',
  conversationId: 'm1',
  messengerType: 'webmessaging',
  normalizedMessage: { type: 'Text', text: textBody },
  selfUri: `/api/v2/conversations/messages/m1/messages/${id}`,
});

describe('the platform port over both flavours', () => {
  it('lists chats and messaging conversations together, each tagged with its media', async () => {
    server.use(
      http.get(`${API}/conversations/chats`, () =>
        HttpResponse.json(
          paged([
            {
              id: 'c1',
              participants: [participant('c1-agent', 'agent')],
              otherMediaUris: [],
              recentTransfers: [],
              selfUri: '',
            },
          ]),
        ),
      ),
      http.get(`${API}/conversations/messages`, () => HttpResponse.json(paged([messaging('m1')]))),
    );
    const { client } = makeClient();
    const listed = await client.listActiveChats();
    expect(listed.map((s) => [s.id, s.media ?? 'chat'])).toEqual([
      ['c1', 'chat'],
      ['m1', 'message'],
    ]);
    // A messaging participant has no hold and keeps no message ids in the snapshot.
    expect(listed[1]?.participants.every((p) => !p.held && !('messages' in p))).toBe(true);
  });

  it('treats a platform without the messaging listing (404) as one with no messaging', async () => {
    server.use(
      http.get(`${API}/conversations/chats`, () => HttpResponse.json(paged([]))),
      http.get(`${API}/conversations/messages`, () =>
        HttpResponse.json({ message: 'no', code: 'not.found', status: 404 }, { status: 404 }),
      ),
    );
    const { client } = makeClient();
    await expect(client.listActiveChats()).resolves.toEqual([]);
  });

  it('fetches 1,500 message texts in two bulk requests of at most 1,000 ids', async () => {
    const bodies: string[][] = [];
    server.use(
      http.get(`${API}/conversations/messages`, () => HttpResponse.json(paged([messaging('m1')]))),
      http.get(`${API}/conversations/chats`, () => HttpResponse.json(paged([]))),
      http.post(`${API}/conversations/messages/m1/messages/bulk`, async ({ request }) => {
        const ids = (await request.json()) as string[];
        bodies.push(ids);
        return HttpResponse.json({
          entities: ids.map((id) => messageData(id, 'inbound', `text of ${id}`)),
        });
      }),
    );
    const { client, seen } = makeClient();
    await client.listActiveChats();
    const ids = Array.from({ length: 1500 }, (_, i) => `msg-${i}`);
    const messages = await client.fetchMessages('m1', ids);
    expect(bodies.map((b) => b.length)).toEqual([1000, 500]);
    expect(seen.filter((s) => s.path.endsWith('/messages/bulk'))).toHaveLength(2);
    expect(messages).toHaveLength(1500);
    expect(messages[0]).toMatchObject({
      id: 'msg-0',
      body: 'text of msg-0',
      messaging: { direction: 'inbound', content: [] },
    });
  });

  it('routes an unknown conversation by the generic look-up, once, then sends its text', async () => {
    server.use(
      http.get(`${API}/conversations/m9`, () =>
        HttpResponse.json({
          id: 'm9',
          participants: [
            { id: 'm9-cust', purpose: 'customer', messages: [{ id: 'comm-cust' }] },
            { id: 'm9-agent', purpose: 'agent', messages: [{ id: 'comm-agent' }] },
          ],
        }),
      ),
      http.patch(`${API}/conversations/messages/m9/participants/m9-agent`, () =>
        HttpResponse.json(null, { status: 202 }),
      ),
      http.post(
        `${API}/conversations/messages/m9/communications/comm-agent/messages`,
        async ({ request }) => {
          const { textBody } = (await request.json()) as { textBody: string };
          return HttpResponse.json(messageData('sent-1', 'outbound', textBody));
        },
      ),
    );
    const { client, seen } = makeClient();
    await client.pickUp('m9', 'm9-agent');
    const sent = await client.sendMessage('m9', 'm9-agent', 'Hello Mina');
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      'GET /api/v2/conversations/m9',
      'PATCH /api/v2/conversations/messages/m9/participants/m9-agent',
      'POST /api/v2/conversations/messages/m9/communications/comm-agent/messages',
    ]);
    expect(seen[1]?.body).toEqual({ state: 'connected' });
    expect(seen[2]?.body).toEqual({ textBody: 'Hello Mina' });
    expect(sent).toMatchObject({
      id: 'sent-1',
      sender: { id: 'comm-agent' },
      body: 'Hello Mina',
      messaging: { direction: 'outbound', status: 'Sent' },
    });
  });

  it('refuses to hold a messaging conversation without asking the platform', async () => {
    server.use(
      http.get(`${API}/conversations/chats`, () => HttpResponse.json(paged([]))),
      http.get(`${API}/conversations/messages`, () => HttpResponse.json(paged([messaging('m1')]))),
    );
    const { client, seen } = makeClient();
    await client.listActiveChats();
    const before = seen.length;
    const error: unknown = await client.hold('m1', 'm1-agent').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).message).toMatch(/cannot be held/);
    expect(seen).toHaveLength(before);
  });

  it('subscribes to the chat topics alone where the messaging topics are refused', async () => {
    const accepted: string[][] = [];
    server.use(
      http.put(`${API}/notifications/channels/ch1/subscriptions`, async ({ request }) => {
        const topics = ((await request.json()) as { id: string }[]).map((t) => t.id);
        if (topics.some((t) => t.includes('conversations.messages'))) {
          return HttpResponse.json(
            { message: 'Unknown topic', code: 'bad.request', status: 400 },
            { status: 400 },
          );
        }
        accepted.push(topics);
        return HttpResponse.json(topics.map((id) => ({ id })));
      }),
    );
    const { client } = makeClient();
    await client.subscribe('ch1', [
      'v2.users.u1.conversations.chats',
      'v2.users.u1.conversations.messages',
      'v2.users.u1.conversations.inbound.typing.event',
      'v2.conversations.chats.c1.messages',
    ]);
    expect(accepted).toEqual([
      ['v2.users.u1.conversations.chats', 'v2.conversations.chats.c1.messages'],
    ]);
  });
});

describe('message content from the customer side', () => {
  it('keeps attachments, quick replies and cards, with http(s) links only', () => {
    const cleaned = cleanContent([
      {
        contentType: 'Attachment',
        attachment: { mediaType: 'File', filename: 'a.pdf', url: 'javascript:alert(1)' },
      },
      {
        contentType: 'Attachment',
        attachment: { mediaType: 'File', filename: 'b.pdf', url: 'https://x.test/b.pdf' },
      },
      { contentType: 'QuickReply', quickReply: { text: 'Yes', payload: 'y' } },
      { contentType: 'Card', card: { title: 'T', actions: [{ text: 'Go', url: 'data:x' }] } },
      { contentType: 'Html', html: '<b>no</b>' },
      'not an item',
    ]);
    expect(cleaned).toEqual([
      {
        contentType: 'Attachment',
        attachment: { mediaType: 'File', filename: 'a.pdf', url: undefined },
      },
      {
        contentType: 'Attachment',
        attachment: { mediaType: 'File', filename: 'b.pdf', url: 'https://x.test/b.pdf' },
      },
      { contentType: 'QuickReply', quickReply: { text: 'Yes', payload: 'y' } },
      {
        contentType: 'Card',
        card: { title: 'T', actions: [{ type: 'Link', text: 'Go', url: undefined }] },
      },
    ]);
  });
});
