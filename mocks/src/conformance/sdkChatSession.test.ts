// The official SDK drives an ACD chat on the loopback simulator from alerting to wrap-up:
// pick up, hold, attributes, messages and typing (transfers and wrap-up in their own file).
import { SEED_IDS } from '../engine/seedData';
import { createManualClock } from '../engine/simClock';
import { startLoopbackServer, type LoopbackServer } from '../server/loopbackServer';
import type { SdkApiClient } from './platformClientSdk';
import { SdkAgentDesk } from './sdkAgentDesk';
import {
  SimControl,
  aUuid,
  agentLegOf,
  customerOf,
  extendedResponseOf,
  loadPlatformSdk,
  pointSdkAt,
  single,
} from './sdkHarness';

const sdk = loadPlatformSdk();
const conversations = new sdk.ConversationsApi();
const users = new sdk.UsersApi();

const clock = createManualClock();
const iso = (ms: number = clock.now()): string => new Date(ms).toISOString();

let server: LoopbackServer;
let sim: SimControl;
let client: SdkApiClient;
let desk: SdkAgentDesk;
const tokens = { alex: '', hanako: '' };

beforeAll(async () => {
  server = await startLoopbackServer({ port: 0, clock });
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

async function alexLeg(conversationId: string) {
  return desk.legOf(conversationId, SEED_IDS.agentAlex);
}

async function chatConnectedToAlex() {
  await desk.goOnQueue(tokens.alex, SEED_IDS.agentAlex);
  return desk.chatConnected(SEED_IDS.agentAlex);
}

it('drives a whole session: alerting, pick up, messages, disconnect, wrap-up, gone', async () => {
  const alertedAt = clock.now();
  await desk.goOnQueue(tokens.alex, SEED_IDS.agentAlex);
  const { conversationId, participantId, communicationId, customerCommunicationId } =
    await desk.chatAlerting(SEED_IDS.agentAlex);

  // Alerting: the agent sees the chat in getConversationsChats.
  const alerting = await conversations.getConversationsChats();
  expect(alerting).toEqual(
    expect.objectContaining({ total: 1, pageSize: 25, pageNumber: 1, pageCount: 1 }),
  );
  const listed = single(alerting.entities);
  expect(listed).toEqual({
    id: conversationId,
    participants: expect.any(Array) as unknown,
    otherMediaUris: [],
    recentTransfers: [],
    selfUri: `/api/v2/conversations/chats/${conversationId}`,
  });
  expect(listed.participants.map((p) => [p.purpose, p.state])).toEqual([
    ['customer', 'connected'],
    ['acd', 'connected'],
    ['agent', 'alerting'],
  ]);
  expect(customerOf(listed)).toEqual({
    id: aUuid(),
    name: 'Jo Customer',
    address: 'jo@example.com',
    purpose: 'customer',
    state: 'connected',
    direction: 'inbound',
    held: false,
    startTime: iso(alertedAt),
    connectedTime: iso(alertedAt),
    attributes: { 'context.email': 'jo@example.com' },
    wrapupRequired: false,
  });
  expect(agentLegOf(listed, SEED_IDS.agentAlex)).toEqual({
    id: participantId,
    name: 'Alex Morgan',
    address: 'alex.morgan@example.com',
    purpose: 'agent',
    state: 'alerting',
    direction: 'inbound',
    held: false,
    startTime: iso(alertedAt),
    startAlertingTime: iso(alertedAt),
    user: {
      id: SEED_IDS.agentAlex,
      name: 'Alex Morgan',
      selfUri: `/api/v2/users/${SEED_IDS.agentAlex}`,
    },
    queue: {
      id: SEED_IDS.queueSupport,
      name: 'Support',
      selfUri: `/api/v2/routing/queues/${SEED_IDS.queueSupport}`,
    },
    attributes: {},
    wrapupRequired: true,
    wrapupPrompt: 'mandatory',
    alertingTimeoutMs: 30_000,
  });

  // Pick up.
  clock.advance(5_000);
  const pickUp = await extendedResponseOf(client, () =>
    conversations.patchConversationsChatParticipant(conversationId, participantId, {
      state: 'connected',
    }),
  );
  expect(pickUp.status).toBe(202);
  const connected = await conversations.getConversationsChat(conversationId);
  expect(agentLegOf(connected, SEED_IDS.agentAlex)).toEqual(
    expect.objectContaining({ state: 'connected', connectedTime: iso(), held: false }),
  );
  const queueLeg = connected.participants.find((p) => p.purpose === 'acd');
  expect(queueLeg).toEqual(
    expect.objectContaining({ state: 'disconnected', disconnectType: 'transfer', endTime: iso() }),
  );
  const generic = await conversations.getConversation(conversationId);
  expect(generic).toEqual(
    expect.objectContaining({
      id: conversationId,
      startTime: iso(alertedAt),
      selfUri: `/api/v2/conversations/${conversationId}`,
    }),
  );
  expect(generic.participants.find((p) => p.id === participantId)).toEqual(
    expect.objectContaining({
      purpose: 'agent',
      userId: SEED_IDS.agentAlex,
      queueId: SEED_IDS.queueSupport,
      chats: [
        expect.objectContaining({
          id: communicationId,
          state: 'connected',
          held: false,
          connectedTime: iso(),
        }),
      ],
    }),
  );

  // Messages both ways.
  const sent = await extendedResponseOf(client, () =>
    conversations.postConversationsChatCommunicationMessages(conversationId, communicationId, {
      body: 'Hi Jo, let me check that order.',
      bodyType: 'standard',
    }),
  );
  expect(sent.status).toBe(200);
  expect(sent.body).toEqual({
    id: aUuid(),
    conversation: expect.objectContaining({ id: conversationId }) as unknown,
    sender: { id: communicationId },
    body: 'Hi Jo, let me check that order.',
    bodyType: 'standard',
    timestamp: iso(),
  });
  await sim.customerSays(conversationId, 'Thank you!');
  const transcript = await conversations.getConversationsChatMessages(conversationId);
  expect(transcript.entities.map((m) => [m.sender.id, m.bodyType, m.body])).toEqual([
    [customerCommunicationId, 'standard', 'Hello, my order is late'],
    [communicationId, 'member-join', 'Alex Morgan joined the chat'],
    [communicationId, 'standard', 'Hi Jo, let me check that order.'],
    [customerCommunicationId, 'standard', 'Thank you!'],
  ]);
  expect(transcript.entities[2]).toEqual(sent.body);

  // Disconnect: the chat stays listed while the wrap-up is owed.
  clock.advance(60_000);
  const disconnectedAt = clock.now();
  await conversations.patchConversationsChatParticipant(conversationId, participantId, {
    state: 'disconnected',
  });
  const owing = await conversations.getConversationsChats();
  const owingChat = single(owing.entities);
  expect(owingChat.id).toBe(conversationId);
  const owingLeg = agentLegOf(owingChat, SEED_IDS.agentAlex);
  expect(owingLeg).toEqual(
    expect.objectContaining({
      state: 'disconnected',
      disconnectType: 'client',
      endTime: iso(disconnectedAt),
      wrapupRequired: true,
    }),
  );
  expect(owingLeg.wrapup).toBeUndefined();
  expect(customerOf(owingChat)).toEqual(
    expect.objectContaining({ state: 'disconnected', disconnectType: 'peer' }),
  );

  // Wrap-up codes, then the wrap-up.
  const codes = await conversations.getConversationsChatParticipantWrapupcodes(
    conversationId,
    participantId,
  );
  expect(codes.map((c) => c.id)).toEqual([
    SEED_IDS.codeResolved,
    SEED_IDS.codeFollowUp,
    SEED_IDS.codeEscalated,
    SEED_IDS.codeResolvedJa,
  ]);
  expect(codes[0]).toEqual(
    expect.objectContaining({ id: SEED_IDS.codeResolved, name: 'Resolved' }),
  );
  clock.advance(20_000);
  const wrapup = await extendedResponseOf(client, () =>
    conversations.postConversationsChatParticipantCommunicationWrapup(
      conversationId,
      participantId,
      communicationId,
      { body: { code: SEED_IDS.codeResolved, notes: 'Sent a replacement' } },
    ),
  );
  expect(wrapup.status).toBe(202);

  // Gone from the agent's active chats; the record keeps the wrap-up.
  const after = await conversations.getConversationsChats();
  expect(after).toEqual(expect.objectContaining({ entities: [], total: 0 }));
  const ended = await alexLeg(conversationId);
  expect(ended.state).toBe('terminated');
  expect(ended.wrapup).toEqual({
    code: SEED_IDS.codeResolved,
    name: 'Resolved',
    notes: 'Sent a replacement',
    durationSeconds: 20,
    endTime: iso(),
  });
  const status = await users.getUserRoutingstatus(SEED_IDS.agentAlex);
  expect(status.status).toBe('IDLE');
});

it('holds and resumes a connected chat', async () => {
  const { conversationId, participantId, communicationId } = await chatConnectedToAlex();
  clock.advance(1_000);

  const hold = await extendedResponseOf(client, () =>
    conversations.patchConversationsChatParticipant(conversationId, participantId, {
      held: true,
    }),
  );

  expect(hold.status).toBe(202);
  const heldLeg = await alexLeg(conversationId);
  expect(heldLeg).toEqual(
    expect.objectContaining({ state: 'connected', held: true, startHoldTime: iso() }),
  );
  const heldGeneric = await conversations.getConversation(conversationId);
  const heldChat = heldGeneric.participants.find((p) => p.id === participantId)?.chats[0];
  expect(heldChat).toEqual(
    expect.objectContaining({ id: communicationId, held: true, startHoldTime: iso() }),
  );

  await conversations.patchConversationsChatParticipant(conversationId, participantId, {
    held: false,
  });

  const resumed = await alexLeg(conversationId);
  expect(resumed.held).toBe(false);
  expect(resumed.startHoldTime).toBeUndefined();
});

it('merges participant attributes, as the client does with the last seen message id', async () => {
  const { conversationId, participantId } = await chatConnectedToAlex();
  const [firstMessage] = (await conversations.getConversationsChatMessages(conversationId))
    .entities;

  const patched = await extendedResponseOf(client, () =>
    conversations.patchConversationsChatParticipantAttributes(conversationId, participantId, {
      attributes: { 'acd.lastSeenMessageId': firstMessage?.id ?? '' },
    }),
  );
  await conversations.patchConversationsChatParticipantAttributes(conversationId, participantId, {
    attributes: { 'crm.ticket': '4711' },
  });

  expect(patched.status).toBe(202);
  const expected = { 'acd.lastSeenMessageId': firstMessage?.id, 'crm.ticket': '4711' };
  expect((await alexLeg(conversationId)).attributes).toEqual(expected);
  const generic = await conversations.getConversation(conversationId);
  expect(generic.participants.find((p) => p.id === participantId)?.attributes).toEqual(expected);
});

it('accepts the agent typing indicator', async () => {
  const { conversationId, communicationId } = await chatConnectedToAlex();

  const typing = await extendedResponseOf(client, () =>
    conversations.postConversationsChatCommunicationTyping(conversationId, communicationId),
  );

  expect(typing.status).toBe(202);
});

it('pages chat messages forwards with after and backwards with descending order', async () => {
  const { conversationId, communicationId } = await chatConnectedToAlex();
  for (const body of ['one', 'two', 'three']) {
    await conversations.postConversationsChatCommunicationMessages(
      conversationId,
      communicationId,
      { body },
    );
  }
  // 5 messages: the first customer message, the join notice, one, two, three.

  const first = await conversations.getConversationsChatMessages(conversationId, {
    maxResults: 2,
    sortOrder: 'ascending',
  });
  expect(first.entities.map((m) => m.body)).toEqual([
    'Hello, my order is late',
    'Alex Morgan joined the chat',
  ]);
  expect(first.next).toEqual(expect.stringContaining(`after=${first.entities[1]?.id ?? ''}`));
  expect(first.previousPage).toBeUndefined();

  const second = await conversations.getConversationsChatMessages(conversationId, {
    maxResults: 2,
    after: first.entities[1]?.id ?? '',
  });
  expect(second.entities.map((m) => m.body)).toEqual(['one', 'two']);
  expect(second.previousPage).toEqual(expect.any(String));

  const newest = await conversations.getConversationsChatMessages(conversationId, {
    maxResults: 2,
    sortOrder: 'descending',
  });
  expect(newest.entities.map((m) => m.body)).toEqual(['three', 'two']);
  expect(newest.previousPage).toEqual(expect.stringContaining('before='));
});
