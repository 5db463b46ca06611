// The same handlers answer the official SDK in-process under msw/node: no gateway, the SDK's
// default https host, and axios's node http requests caught by MSW's ClientRequest interceptor.
// A file of its own because the SDK is a process-wide singleton.
import { SEED_IDS } from '../engine/seedData';
import { createSimulatorServer } from '../node';
import {
  ON_QUEUE_PRESENCE_ID,
  agentLegOf,
  expectPlatformError,
  loadPlatformSdk,
  rejectionOf,
  single,
} from './sdkHarness';

const sdk = loadPlatformSdk();
const client = sdk.ApiClient.instance;
const API_HOST = 'https://api.mypurecloud.com';

const { engine, server } = createSimulatorServer();
const interceptedUrls: string[] = [];

async function simPost(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${API_HOST}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
  return response.json();
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => {
    interceptedUrls.push(`${request.method} ${request.url}`);
  });
  client.setEnvironment('mypurecloud.com');
  const grant = (await simPost('/sim/login', { userId: SEED_IDS.agentAlex })) as {
    access_token: string;
  };
  client.setAccessToken(grant.access_token);
});

afterAll(() => {
  server.close();
  engine.dispose();
});

it("uses the SDK's default host, which msw/node intercepts", async () => {
  expect(client.config.basePath).toBe(API_HOST);

  const me = await new sdk.UsersApi().getUsersMe({ expand: ['presence', 'routingStatus'] });

  expect(me).toEqual(
    expect.objectContaining({
      id: SEED_IDS.agentAlex,
      name: 'Alex Morgan',
      email: 'alex.morgan@example.com',
      state: 'active',
    }),
  );
  expect(me.presence?.presenceDefinition.systemPresence).toBe('Available');
  expect(me.routingStatus?.status).toBe('OFF_QUEUE');
  expect(interceptedUrls).toContain(
    `GET ${API_HOST}/api/v2/users/me?expand=presence,routingStatus`,
  );
});

it('lists a chat started through the simulator as alerting in getConversationsChats', async () => {
  await new sdk.PresenceApi().patchUserPresencesPurecloud(SEED_IDS.agentAlex, {
    presenceDefinition: { id: ON_QUEUE_PRESENCE_ID },
  });
  const { conversationId } = (await simPost('/sim/chats', {
    queueId: SEED_IDS.queueSupport,
    customerName: 'Jo Customer',
    firstMessage: 'Hello from msw/node',
  })) as { conversationId: string };

  const chats = await new sdk.ConversationsApi().getConversationsChats();

  expect(chats).toEqual(
    expect.objectContaining({ total: 1, pageSize: 25, pageNumber: 1, pageCount: 1 }),
  );
  const chat = single(chats.entities);
  expect(chat.id).toBe(conversationId);
  expect(agentLegOf(chat, SEED_IDS.agentAlex)).toEqual(
    expect.objectContaining({
      state: 'alerting',
      queue: expect.objectContaining({ id: SEED_IDS.queueSupport }) as unknown,
    }),
  );
});

it('answers errors with the platform error body under msw/node too', async () => {
  const rejection = await rejectionOf(client, () =>
    new sdk.ConversationsApi().getConversationsChat('0badc0de-0000-4000-8000-000000000000'),
  );

  expectPlatformError(rejection, 404, 'not.found');
});
