// The official SDK reads who the agent is, their presence and routing status, and the
// queues, from the loopback simulator.
import { SEED_IDS } from '../engine/seedData';
import { startLoopbackServer, type LoopbackServer } from '../server/loopbackServer';
import {
  AVAILABLE_PRESENCE_ID,
  ON_QUEUE_PRESENCE_ID,
  SimControl,
  anIsoTime,
  extendedResponseOf,
  loadPlatformSdk,
  pointSdkAt,
} from './sdkHarness';
import type { SdkApiClient } from './platformClientSdk';

const sdk = loadPlatformSdk();
const users = new sdk.UsersApi();
const presence = new sdk.PresenceApi();
const routing = new sdk.RoutingApi();

const ADMIN_PERMISSIONS = [
  'routing:wrapupCode:add',
  'routing:wrapupCode:edit',
  'routing:wrapupCode:delete',
  'routing:wrapupCode:view',
  'routing:queue:edit',
];

let server: LoopbackServer;
let sim: SimControl;
let client: SdkApiClient;
const tokens = { alex: '', hanako: '', casey: '' };

beforeAll(async () => {
  server = await startLoopbackServer({ port: 0 });
  sim = new SimControl(server.url);
  client = pointSdkAt(sdk, server.port);
  tokens.alex = await sim.login(SEED_IDS.agentAlex);
  tokens.hanako = await sim.login(SEED_IDS.agentHanako);
  tokens.casey = await sim.login(SEED_IDS.adminCasey);
});

beforeEach(async () => {
  await sim.reset();
  client.setAccessToken(tokens.alex);
});

afterAll(async () => {
  await server.close();
});

describe('TokensApi.getTokensMe', () => {
  it("describes the caller's token in the SDK's TokenInfo shape", async () => {
    const token = await new sdk.TokensApi().getTokensMe();

    expect(token).toEqual({
      organization: { id: expect.any(String) as unknown, name: expect.any(String) as unknown },
      homeOrganization: { id: expect.any(String) as unknown, name: expect.any(String) as unknown },
      authorizedScope: [],
      dateTokenIdles: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown,
    });
  });
});

describe('UsersApi.getUsersMe', () => {
  it('returns the plain user when nothing is expanded', async () => {
    const me = await users.getUsersMe();

    expect(me).toEqual({
      id: SEED_IDS.agentAlex,
      name: 'Alex Morgan',
      email: 'alex.morgan@example.com',
      username: 'alex.morgan@example.com',
      state: 'active',
      division: { id: expect.any(String) as unknown, name: 'Home' },
      selfUri: `/api/v2/users/${SEED_IDS.agentAlex}`,
    });
  });

  it('expands presence, routing status and authorization for an agent', async () => {
    const me = await users.getUsersMe({ expand: ['presence', 'routingStatus', 'authorization'] });

    expect(me.presence).toEqual({
      source: 'PURECLOUD',
      presenceDefinition: {
        id: AVAILABLE_PRESENCE_ID,
        systemPresence: 'Available',
        selfUri: `/api/v2/presencedefinitions/${AVAILABLE_PRESENCE_ID}`,
      },
      modifiedDate: anIsoTime(),
    });
    expect(me.routingStatus).toEqual({
      userId: SEED_IDS.agentAlex,
      status: 'OFF_QUEUE',
      startTime: anIsoTime(),
    });
    expect(me.authorization).toEqual({ permissions: [] });
  });

  it('gives an admin the wrap-up code and queue edit permissions', async () => {
    client.setAccessToken(tokens.casey);

    const me = await users.getUsersMe({ expand: ['authorization'] });

    expect(me.id).toBe(SEED_IDS.adminCasey);
    expect([...(me.authorization?.permissions ?? [])].sort()).toEqual(
      // Admins are supervisors too: they may read any conversation.
      [...ADMIN_PERMISSIONS, 'conversation:communication:view'].sort(),
    );
    expect(me.presence).toBeUndefined();
    expect(me.routingStatus).toBeUndefined();
  });
});

describe('UsersApi.postUsersSearch', () => {
  it('finds a user by part of the name or email (the transfer picker)', async () => {
    const found = await users.postUsersSearch({
      pageSize: 25,
      pageNumber: 1,
      query: [{ type: 'CONTAINS', fields: ['name', 'email'], value: 'hanako' }],
    });

    expect(found).toEqual({
      total: 1,
      pageCount: 1,
      pageSize: 25,
      pageNumber: 1,
      results: [
        expect.objectContaining({
          id: SEED_IDS.agentHanako,
          name: '山田 花子',
          email: 'hanako.yamada@example.jp',
          state: 'active',
        }) as unknown,
      ],
    });
  });

  it('pages the results', async () => {
    const secondPage = await users.postUsersSearch({
      pageSize: 2,
      pageNumber: 2,
      query: [{ type: 'CONTAINS', fields: ['email'], value: 'example' }],
    });

    expect(secondPage.total).toBe(3);
    expect(secondPage.pageCount).toBe(2);
    expect(secondPage.pageSize).toBe(2);
    expect(secondPage.pageNumber).toBe(2);
    expect(secondPage.results).toHaveLength(1);
  });
});

describe('presence and routing status', () => {
  it('goes On Queue through presence, and the routing status follows to IDLE', async () => {
    const patched = await presence.patchUserPresencesPurecloud(SEED_IDS.agentAlex, {
      presenceDefinition: { id: ON_QUEUE_PRESENCE_ID },
    });

    expect(patched.presenceDefinition).toEqual(
      expect.objectContaining({ id: ON_QUEUE_PRESENCE_ID, systemPresence: 'On Queue' }),
    );
    const read = await presence.getUserPresencesPurecloud(SEED_IDS.agentAlex);
    expect(read).toEqual({
      source: 'PURECLOUD',
      presenceDefinition: {
        id: ON_QUEUE_PRESENCE_ID,
        systemPresence: 'On Queue',
        selfUri: `/api/v2/presencedefinitions/${ON_QUEUE_PRESENCE_ID}`,
      },
      modifiedDate: anIsoTime(),
    });
    const status = await users.getUserRoutingstatus(SEED_IDS.agentAlex);
    expect(status).toEqual({ userId: SEED_IDS.agentAlex, status: 'IDLE', startTime: anIsoTime() });
  });

  it('reads OFF_QUEUE before the agent goes on queue', async () => {
    const response = await extendedResponseOf(client, () =>
      users.getUserRoutingstatus(SEED_IDS.agentAlex),
    );

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      userId: SEED_IDS.agentAlex,
      status: 'OFF_QUEUE',
      startTime: anIsoTime(),
    });
  });

  it('puts the routing status to IDLE and back to OFF_QUEUE, with presence following', async () => {
    const idle = await users.putUserRoutingstatus(SEED_IDS.agentAlex, { status: 'IDLE' });
    expect(idle).toEqual({ userId: SEED_IDS.agentAlex, status: 'IDLE', startTime: anIsoTime() });
    const onQueue = await presence.getUserPresencesPurecloud(SEED_IDS.agentAlex);
    expect(onQueue.presenceDefinition.systemPresence).toBe('On Queue');

    const off = await users.putUserRoutingstatus(SEED_IDS.agentAlex, { status: 'OFF_QUEUE' });
    expect(off.status).toBe('OFF_QUEUE');
    const after = await presence.getUserPresencesPurecloud(SEED_IDS.agentAlex);
    expect(after.presenceDefinition.systemPresence).not.toBe('On Queue');
  });
});

describe('RoutingApi queues', () => {
  it('lists every queue as a paged listing', async () => {
    const queues = await routing.getRoutingQueues();

    expect(queues).toEqual(
      expect.objectContaining({ pageSize: 25, pageNumber: 1, total: 3, pageCount: 1 }),
    );
    expect(queues.entities.map((q) => q.name)).toEqual(['Support', '販売 Sales', 'Billing']);
    expect(queues.entities[0]).toEqual({
      id: SEED_IDS.queueSupport,
      name: 'Support',
      division: { id: expect.any(String) as unknown, name: 'Home' },
      acwSettings: { wrapupPrompt: 'MANDATORY' },
      mediaSettings: { chat: { alertingTimeoutSeconds: 30 } },
      memberCount: 3,
      selfUri: `/api/v2/routing/queues/${SEED_IDS.queueSupport}`,
    });
    expect(queues.entities[1]?.acwSettings).toEqual({
      wrapupPrompt: 'MANDATORY_FORCED_TIMEOUT',
      timeoutMs: 180_000,
    });
  });

  it('filters queues by name with * wildcards', async () => {
    const prefixed = await routing.getRoutingQueues({ name: 'Sup*' });
    expect(prefixed.entities.map((q) => q.id)).toEqual([SEED_IDS.queueSupport]);
    expect(prefixed.total).toBe(1);

    const inside = await routing.getRoutingQueues({ name: '*sales*' });
    expect(inside.entities.map((q) => q.id)).toEqual([SEED_IDS.queueSales]);

    const none = await routing.getRoutingQueues({ name: 'Nothing*' });
    expect(none).toEqual(expect.objectContaining({ entities: [], total: 0, pageNumber: 1 }));
  });

  it('pages queues with navigation uris', async () => {
    const first = await routing.getRoutingQueues({ pageSize: 2, pageNumber: 1 });

    expect(first.entities).toHaveLength(2);
    expect(first.total).toBe(3);
    expect(first.pageCount).toBe(2);
    expect(first.nextUri).toContain('pageNumber=2');
    expect(first.previousUri).toBeUndefined();
    expect(first.lastUri).toContain('pageNumber=2');
    const second = await routing.getRoutingQueues({ pageSize: 2, pageNumber: 2 });
    expect(second.entities.map((q) => q.id)).toEqual([SEED_IDS.queueBilling]);
    expect(second.previousUri).toContain('pageNumber=1');
    expect(second.nextUri).toBeUndefined();
  });

  it("lists only the caller's queues from getRoutingQueuesMe", async () => {
    const alexQueues = await routing.getRoutingQueuesMe();
    expect(alexQueues.entities.map((q) => q.id)).toEqual([
      SEED_IDS.queueSupport,
      SEED_IDS.queueSales,
    ]);
    expect(alexQueues).toEqual(
      expect.objectContaining({ total: 2, pageSize: 25, pageNumber: 1, pageCount: 1 }),
    );

    client.setAccessToken(tokens.hanako);
    const hanakoQueues = await routing.getRoutingQueuesMe();
    expect(hanakoQueues.total).toBe(3);
  });
});
