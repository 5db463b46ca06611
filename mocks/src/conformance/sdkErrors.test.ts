// Failures reach the official SDK as the platform's error body, with the status (and the
// Retry-After header for 429) readable through extended responses.
import { SEED_IDS } from '../engine/seedData';
import { startLoopbackServer, type LoopbackServer } from '../server/loopbackServer';
import type { SdkApiClient } from './platformClientSdk';
import { SdkAgentDesk } from './sdkAgentDesk';
import {
  SimControl,
  aNonEmptyString,
  expectPlatformError,
  loadPlatformSdk,
  pointSdkAt,
  rejectionOf,
} from './sdkHarness';

const sdk = loadPlatformSdk();
const conversations = new sdk.ConversationsApi();
const routing = new sdk.RoutingApi();
const users = new sdk.UsersApi();

const UNKNOWN_ID = '0badc0de-0000-4000-8000-000000000000';

let server: LoopbackServer;
let sim: SimControl;
let client: SdkApiClient;
let desk: SdkAgentDesk;
const tokens = { alex: '', casey: '' };

beforeAll(async () => {
  server = await startLoopbackServer({ port: 0 });
  sim = new SimControl(server.url);
  client = pointSdkAt(sdk, server.port);
  desk = new SdkAgentDesk(sdk, client, sim);
  tokens.alex = await sim.login(SEED_IDS.agentAlex);
  tokens.casey = await sim.login(SEED_IDS.adminCasey);
});

beforeEach(async () => {
  await sim.reset();
  desk.actAs(tokens.alex);
});

afterAll(async () => {
  await server.close();
});

describe('404 not.found', () => {
  it('answers an unknown conversation with the not.found body on every chat read', async () => {
    for (const call of [
      () => conversations.getConversationsChat(UNKNOWN_ID),
      () => conversations.getConversation(UNKNOWN_ID),
      () => conversations.getConversationsChatMessages(UNKNOWN_ID),
    ]) {
      expectPlatformError(await rejectionOf(client, call), 404, 'not.found');
    }
  });

  it('rejects with the bare error body when extended responses are off', async () => {
    const rejection: unknown = await conversations.getConversationsChat(UNKNOWN_ID).then(
      () => 'resolved',
      (error: unknown) => error,
    );

    expect(rejection).toEqual(
      expect.objectContaining({ status: 404, code: 'not.found', message: aNonEmptyString() }),
    );
  });
});

describe('400 bad.request on wrap-up', () => {
  async function chatOwingWrapup() {
    await desk.goOnQueue(tokens.alex, SEED_IDS.agentAlex);
    return desk.chatOwingWrapup(SEED_IDS.agentAlex);
  }

  it('refuses a wrap-up code that is not assigned to the queue, and the wrap-up stays owed', async () => {
    const { conversationId, participantId, communicationId } = await chatOwingWrapup();

    const rejection = await rejectionOf(client, () =>
      conversations.postConversationsChatParticipantCommunicationWrapup(
        conversationId,
        participantId,
        communicationId,
        { body: { code: SEED_IDS.codeSpam } },
      ),
    );

    expectPlatformError(rejection, 400, 'bad.request');
    const still = await desk.legOf(conversationId, SEED_IDS.agentAlex);
    expect(still.state).toBe('disconnected');
    expect(still.wrapup).toBeUndefined();
    expect((await conversations.getConversationsChats()).total).toBe(1);
  });

  it('refuses an unknown wrap-up code and a wrap-up without a code', async () => {
    const { conversationId, participantId, communicationId } = await chatOwingWrapup();

    for (const body of [{ code: UNKNOWN_ID }, { code: '' }]) {
      const rejection = await rejectionOf(client, () =>
        conversations.postConversationsChatParticipantCommunicationWrapup(
          conversationId,
          participantId,
          communicationId,
          { body },
        ),
      );
      expectPlatformError(rejection, 400, 'bad.request');
    }
  });
});

describe('409 conflict', () => {
  it('refuses a new wrap-up code whose name is taken, ignoring case', async () => {
    desk.actAs(tokens.casey);

    for (const name of ['Resolved', 'resolved ']) {
      expectPlatformError(
        await rejectionOf(client, () => routing.postRoutingWrapupcodes({ name })),
        409,
        'conflict',
      );
    }
  });

  it('refuses renaming a code to a name that is taken', async () => {
    desk.actAs(tokens.casey);

    const rejection = await rejectionOf(client, () =>
      routing.putRoutingWrapupcode(SEED_IDS.codeEscalated, { name: 'Spam' }),
    );

    expectPlatformError(rejection, 409, 'conflict');
  });
});

describe('403 missing.permissions', () => {
  it('refuses every wrap-up code admin call from an agent', async () => {
    const adminCalls = [
      () => routing.getRoutingWrapupcodes(),
      () => routing.postRoutingWrapupcodes({ name: 'Agent made' }),
      () => routing.getRoutingWrapupcode(SEED_IDS.codeResolved),
      () => routing.putRoutingWrapupcode(SEED_IDS.codeResolved, { name: 'Renamed' }),
      () => routing.deleteRoutingWrapupcode(SEED_IDS.codeResolved),
      () => routing.getRoutingQueueWrapupcodes(SEED_IDS.queueSupport),
      () => routing.postRoutingQueueWrapupcodes(SEED_IDS.queueSupport, [{ id: SEED_IDS.codeSpam }]),
      () => routing.deleteRoutingQueueWrapupcode(SEED_IDS.queueSupport, SEED_IDS.codeResolved),
    ];

    for (const call of adminCalls) {
      expectPlatformError(await rejectionOf(client, call), 403, 'missing.permissions');
    }
    desk.actAs(tokens.casey);
    expect((await routing.getRoutingWrapupcode(SEED_IDS.codeResolved)).name).toBe('Resolved');
  });
});

describe('401 authentication.required', () => {
  it('refuses a call without a token', async () => {
    client.clearAccessToken();

    expectPlatformError(
      await rejectionOf(client, () => users.getUsersMe()),
      401,
      'authentication.required',
    );
  });

  it('refuses a call with a token the platform never issued', async () => {
    desk.actAs('not-a-real-token');

    expectPlatformError(
      await rejectionOf(client, () => conversations.getConversationsChats()),
      401,
      'authentication.required',
    );
  });
});

describe('injected faults', () => {
  it('surfaces an injected 429 with a Retry-After header, then answers normally', async () => {
    await sim.injectFault({ status: 429, count: 1, retryAfterSeconds: 2 });

    const rejection = await rejectionOf(client, () => users.getUsersMe());

    expectPlatformError(rejection, 429, 'too.many.requests');
    expect(rejection.headers['retry-after']).toBe('2');
    expect((await users.getUsersMe()).id).toBe(SEED_IDS.agentAlex);
  });

  it('surfaces injected 500 and 503 bodies', async () => {
    await sim.injectFault({ status: 503, count: 1 });
    expectPlatformError(
      await rejectionOf(client, () => conversations.getConversationsChats()),
      503,
      'service.unavailable',
    );

    await sim.injectFault({ status: 500, count: 1 });
    const rejection = await rejectionOf(client, () => conversations.getConversationsChats());
    expectPlatformError(rejection, 500, 'internal.server.error');
    expect(rejection.headers['retry-after']).toBeUndefined();
  });
});
