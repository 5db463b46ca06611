// The official SDK transfers chats (to a queue, to a user), lists wrap-up codes for a
// participant, and skips or owes wrap-ups, on the loopback simulator.
import { SEED_IDS } from '../engine/seedData';
import { createManualClock } from '../engine/simClock';
import { startLoopbackServer, type LoopbackServer } from '../server/loopbackServer';
import type { SdkApiClient } from './platformClientSdk';
import { SdkAgentDesk } from './sdkAgentDesk';
import {
  SimControl,
  expectPlatformError,
  extendedResponseOf,
  loadPlatformSdk,
  pointSdkAt,
  rejectionOf,
  single,
} from './sdkHarness';

const sdk = loadPlatformSdk();
const conversations = new sdk.ConversationsApi();

let server: LoopbackServer;
let sim: SimControl;
let client: SdkApiClient;
let desk: SdkAgentDesk;
const tokens = { alex: '', hanako: '' };

beforeAll(async () => {
  server = await startLoopbackServer({ port: 0, clock: createManualClock() });
  sim = new SimControl(server.url);
  client = pointSdkAt(sdk, server.port);
  desk = new SdkAgentDesk(sdk, client, sim);
  tokens.alex = await sim.login(SEED_IDS.agentAlex);
  tokens.hanako = await sim.login(SEED_IDS.agentHanako);
});

beforeEach(async () => {
  await sim.reset();
  desk.actAs(tokens.alex);
});

afterAll(async () => {
  await server.close();
});

async function chatConnectedToAlex() {
  await desk.goOnQueue(tokens.alex, SEED_IDS.agentAlex);
  return desk.chatConnected(SEED_IDS.agentAlex);
}

describe('postConversationsChatParticipantReplace', () => {
  it('transfers to a queue: the agent leg ends as a transfer and the queue alerts another agent', async () => {
    const { conversationId, participantId } = await chatConnectedToAlex();
    await desk.goOnQueue(tokens.hanako, SEED_IDS.agentHanako);

    const transfer = await extendedResponseOf(client, () =>
      conversations.postConversationsChatParticipantReplace(conversationId, participantId, {
        queueId: SEED_IDS.queueBilling,
      }),
    );

    expect(transfer.status).toBe(202);
    expect(await desk.legOf(conversationId, SEED_IDS.agentAlex)).toEqual(
      expect.objectContaining({
        state: 'disconnected',
        disconnectType: 'transfer',
        wrapupRequired: false,
      }),
    );
    expect((await conversations.getConversationsChats()).total).toBe(0);
    const chat = await conversations.getConversationsChat(conversationId);
    expect(chat.recentTransfers).toEqual([
      expect.objectContaining({
        destination: { queueId: SEED_IDS.queueBilling },
        initiator: { id: SEED_IDS.agentAlex },
      }),
    ]);
    desk.actAs(tokens.hanako);
    const hanakoChat = single((await conversations.getConversationsChats()).entities);
    expect(hanakoChat.id).toBe(conversationId);
    expect(await desk.legOf(conversationId, SEED_IDS.agentHanako)).toEqual(
      expect.objectContaining({
        state: 'alerting',
        queue: expect.objectContaining({ id: SEED_IDS.queueBilling }) as unknown,
        wrapupPrompt: 'optional',
        wrapupRequired: false,
      }),
    );
  });

  it('transfers to a user: that user is alerted on the same queue', async () => {
    const { conversationId, participantId } = await chatConnectedToAlex();

    await conversations.postConversationsChatParticipantReplace(conversationId, participantId, {
      userId: SEED_IDS.agentHanako,
    });

    expect(await desk.legOf(conversationId, SEED_IDS.agentAlex)).toEqual(
      expect.objectContaining({ state: 'disconnected', disconnectType: 'transfer' }),
    );
    desk.actAs(tokens.hanako);
    const hanakoChat = single((await conversations.getConversationsChats()).entities);
    expect(hanakoChat.id).toBe(conversationId);
    expect(await desk.legOf(conversationId, SEED_IDS.agentHanako)).toEqual(
      expect.objectContaining({
        state: 'alerting',
        queue: expect.objectContaining({ id: SEED_IDS.queueSupport }) as unknown,
      }),
    );
  });

  it('refuses a transfer naming both a queue and a user', async () => {
    const { conversationId, participantId } = await chatConnectedToAlex();

    const rejection = await rejectionOf(client, () =>
      conversations.postConversationsChatParticipantReplace(conversationId, participantId, {
        queueId: SEED_IDS.queueBilling,
        userId: SEED_IDS.agentHanako,
      }),
    );

    expectPlatformError(rejection, 400, 'bad.request');
    expect((await desk.legOf(conversationId, SEED_IDS.agentAlex)).state).toBe('connected');
  });
});

describe('participant wrap-up codes', () => {
  it('lists the same bare array through the chat and the generic endpoint', async () => {
    const { conversationId, participantId } = await chatConnectedToAlex();

    const viaChat = await conversations.getConversationsChatParticipantWrapupcodes(
      conversationId,
      participantId,
    );
    const viaGeneric = await conversations.getConversationParticipantWrapupcodes(
      conversationId,
      participantId,
    );

    expect(Array.isArray(viaChat)).toBe(true);
    expect(viaGeneric).toEqual(viaChat);
    expect(viaChat.map((c) => c.name)).toEqual([
      'Resolved',
      'Follow-up required',
      'Escalated',
      '解決済み',
    ]);
    expect(viaChat[0]).toEqual({
      id: SEED_IDS.codeResolved,
      name: 'Resolved',
      description: 'The customer’s question was answered',
      division: expect.objectContaining({ name: 'Home' }) as unknown,
      dateCreated: expect.any(String) as unknown,
      createdBy: expect.any(String) as unknown,
      selfUri: `/api/v2/routing/wrapupcodes/${SEED_IDS.codeResolved}`,
    });
  });
});

describe('owing and skipping wrap-up', () => {
  it('leaves the agent disconnected by the peer and owing a wrap-up when the customer leaves', async () => {
    const { conversationId } = await chatConnectedToAlex();

    await sim.customerLeaves(conversationId);

    const chat = single((await conversations.getConversationsChats()).entities);
    expect(chat.id).toBe(conversationId);
    expect(await desk.legOf(conversationId, SEED_IDS.agentAlex)).toEqual(
      expect.objectContaining({
        state: 'disconnected',
        disconnectType: 'peer',
        wrapupRequired: true,
      }),
    );
  });

  it('skips the wrap-up with wrapupSkipped where the queue makes it optional', async () => {
    desk.actAs(tokens.hanako);
    await desk.goOnQueue(tokens.hanako, SEED_IDS.agentHanako);
    const { conversationId, participantId } = await desk.chatOwingWrapup(SEED_IDS.agentHanako, {
      queueId: SEED_IDS.queueBilling,
    });

    const skipped = await extendedResponseOf(client, () =>
      conversations.patchConversationsChatParticipant(conversationId, participantId, {
        wrapupSkipped: true,
      }),
    );

    expect(skipped.status).toBe(202);
    expect((await desk.legOf(conversationId, SEED_IDS.agentHanako)).state).toBe('terminated');
    expect((await conversations.getConversationsChats()).total).toBe(0);
  });

  it('refuses to skip a mandatory wrap-up', async () => {
    await desk.goOnQueue(tokens.alex, SEED_IDS.agentAlex);
    const { conversationId, participantId } = await desk.chatOwingWrapup(SEED_IDS.agentAlex);

    const rejection = await rejectionOf(client, () =>
      conversations.patchConversationsChatParticipant(conversationId, participantId, {
        wrapupSkipped: true,
      }),
    );

    expectPlatformError(rejection, 400, 'bad.request');
    expect((await conversations.getConversationsChats()).total).toBe(1);
  });
});
