// The registry's current SDK (purecloud-platform-client-v2@262.0.0, installed beside 252 as
// purecloud-platform-client-v2-current) drives a web messaging conversation on the loopback
// simulator from alerting to wrap-up, as 252 does for chats, and reads the errors it gets.
// Shapes checked here are the SDK's own models (index.d.ts: MessageConversation,
// MessageMediaParticipant.messages[] MessageDetails, MessageData, ConversationNormalizedMessage,
// TextMessageListing) and the bulk call's documented limit of 1,000 ids.
import { SEED_IDS } from '../engine/seedData';
import { createManualClock } from '../engine/simClock';
import { startLoopbackServer, type LoopbackServer } from '../server/loopbackServer';
import type { MessageConversation } from './messagingSdk';
import type { SdkApiClient } from './platformClientSdk';
import {
  ON_QUEUE_PRESENCE_ID,
  SimControl,
  aUuid,
  anIsoTime,
  expectPlatformError,
  extendedResponseOf,
  loadCurrentPlatformSdk,
  pointSdkAt,
  rejectionOf,
  single,
} from './sdkHarness';

const sdk = loadCurrentPlatformSdk();
const conversations = new sdk.ConversationsApi();
const presence = new sdk.PresenceApi();
const clock = createManualClock();

let server: LoopbackServer;
let sim: SimControl;
let client: SdkApiClient;
let alexToken = '';

beforeAll(async () => {
  server = await startLoopbackServer({ port: 0, clock });
  sim = new SimControl(server.url);
  client = pointSdkAt(sdk, server.port);
  alexToken = await sim.login(SEED_IDS.agentAlex);
});

beforeEach(async () => {
  await sim.reset();
  client.setAccessToken(alexToken);
  await presence.patchUserPresencesPurecloud(SEED_IDS.agentAlex, {
    presenceDefinition: { id: ON_QUEUE_PRESENCE_ID },
  });
});

afterAll(async () => {
  await server.close();
});

function alexLegOf(conversation: MessageConversation) {
  const legs = (conversation.participants ?? []).filter(
    (p) => p.purpose === 'agent' && p.user?.id === SEED_IDS.agentAlex,
  );
  const leg = legs[legs.length - 1];
  if (leg?.id === undefined) throw new Error('No agent leg for Alex');
  return { ...leg, id: leg.id };
}

/** The agent's communication id: messages[0].id of the participant in the generic view. */
async function communicationIdOf(conversationId: string, participantId: string) {
  const generic = await conversations.getConversation(conversationId);
  const id = generic.participants?.find((p) => p.id === participantId)?.messages?.[0]?.id;
  if (id === undefined) throw new Error(`No messaging communication for ${participantId}`);
  return id;
}

async function connectedToAlex(firstMessage = 'Hello from the web messenger') {
  const cid = await sim.startMessaging({ customerName: 'Guest One', firstMessage });
  const leg = alexLegOf(await conversations.getConversationsMessage(cid));
  await conversations.patchConversationsMessageParticipant(cid, leg.id, {
    body: { state: 'connected' },
  });
  return { cid, leg, commId: await communicationIdOf(cid, leg.id) };
}

it('drives a whole messaging conversation: alerting, pick up, bulk text, send, typing, customer leaves, wrap-up, gone', async () => {
  const cid = await sim.startMessaging({
    customerName: 'Guest One',
    firstMessage: 'Hello from the web messenger',
  });

  const active = await conversations.getConversationsMessages();
  const listed = single(active.entities);
  expect(listed).toMatchObject({ id: cid, selfUri: `/api/v2/conversations/messages/${cid}` });
  const alerting = alexLegOf(listed);
  expect(alerting).toMatchObject({ state: 'alerting', queue: { id: SEED_IDS.queueSupport } });

  // Snapshots carry the customer's message ids and status, never the text.
  const customer = listed.participants?.find((p) => p.purpose === 'customer');
  const details = single(customer?.messages ?? []);
  expect(details).toEqual({
    messageId: aUuid(),
    messageURI: `/api/v2/conversations/messages/${cid}/messages/${details.messageId}`,
    messageStatus: 'received',
    messageTime: anIsoTime(),
  });
  expect(JSON.stringify(listed)).not.toContain('Hello from the web messenger');

  const picked = await extendedResponseOf(client, () =>
    conversations.patchConversationsMessageParticipant(cid, alerting.id, {
      body: { state: 'connected' },
    }),
  );
  expect(picked.status).toBe(202);
  expect(alexLegOf(await conversations.getConversationsMessage(cid)).state).toBe('connected');
  const commId = await communicationIdOf(cid, alerting.id);

  const bulk = await conversations.postConversationsMessageMessagesBulk(cid, {
    body: [details.messageId ?? ''],
  });
  expect(single(bulk.entities ?? [])).toMatchObject({
    id: details.messageId,
    conversationId: cid,
    direction: 'inbound',
    messengerType: 'webmessaging',
    textBody: 'Hello from the web messenger',
    status: 'received',
    timestamp: anIsoTime(),
    normalizedMessage: { type: 'Text', text: 'Hello from the web messenger', direction: 'Inbound' },
  });

  const sent = await conversations.postConversationsMessageCommunicationMessages(cid, commId, {
    textBody: 'Hi, this is Alex.',
  });
  expect(sent).toMatchObject({
    id: aUuid(),
    conversationId: cid,
    direction: 'outbound',
    textBody: 'Hi, this is Alex.',
    status: 'sent',
    normalizedMessage: { type: 'Text', status: 'Sent', direction: 'Outbound' },
  });
  const afterSend = alexLegOf(await conversations.getConversationsMessage(cid));
  expect(afterSend.messages?.map((m) => [m.messageId, m.messageStatus])).toEqual([
    [sent.id, 'sent'],
  ]);

  const typing = await extendedResponseOf(client, () =>
    conversations.postConversationsMessageCommunicationTyping(cid, commId, {
      typing: { type: 'On', duration: 5000 },
    }),
  );
  expect(typing.status).toBe(202);

  await sim.customerLeaves(cid);
  const ended = alexLegOf(await conversations.getConversationsMessage(cid));
  expect(ended).toMatchObject({
    state: 'disconnected',
    disconnectType: 'peer',
    wrapupRequired: true,
  });

  const codes = await conversations.getConversationsMessageParticipantWrapupcodes(cid, ended.id);
  expect(codes.map((c) => c.id)).toContain(SEED_IDS.codeResolved);
  const wrapped = await extendedResponseOf(client, () =>
    conversations.postConversationsMessageParticipantCommunicationWrapup(cid, ended.id, commId, {
      body: { code: SEED_IDS.codeResolved, notes: 'answered' },
    }),
  );
  expect(wrapped.status).toBe(202);
  expect((await conversations.getConversationsMessages()).entities).toEqual([]);
});

it('disconnects and wraps up in one patchConversationsMessageParticipant call', async () => {
  const { cid, leg } = await connectedToAlex();
  await conversations.patchConversationsMessageParticipant(cid, leg.id, {
    body: { state: 'disconnected', wrapup: { code: SEED_IDS.codeResolved } },
  });
  expect(alexLegOf(await conversations.getConversationsMessage(cid))).toMatchObject({
    state: 'terminated',
    wrapup: { code: SEED_IDS.codeResolved },
  });
});

it('reads the platform errors: 404 for an unknown conversation, 400 for 4,001 characters, 400 for hold', async () => {
  const missing = await rejectionOf(client, () =>
    conversations.getConversationsMessage('00000000-0000-4000-8000-000000000000'),
  );
  expectPlatformError(missing, 404, 'not.found');

  const { cid, leg, commId } = await connectedToAlex();
  const tooLong = await rejectionOf(client, () =>
    conversations.postConversationsMessageCommunicationMessages(cid, commId, {
      textBody: 'x'.repeat(4001),
    }),
  );
  expectPlatformError(tooLong, 400, 'bad.request');

  const held = await rejectionOf(client, () =>
    conversations.patchConversationsMessageParticipant(cid, leg.id, { body: { held: true } }),
  );
  expectPlatformError(held, 400, 'bad.request');

  const tooMany = await rejectionOf(client, () =>
    conversations.postConversationsMessageMessagesBulk(cid, { body: new Array(1001).fill(cid) }),
  );
  expectPlatformError(tooMany, 400, 'bad.request');
});
