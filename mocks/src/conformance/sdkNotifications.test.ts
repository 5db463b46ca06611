// Notification channels made with the official SDK, and the socket behind them read with the
// `ws` client (the SDK has none): envelopes for conversations, messages, typing and pings.
import { SEED_IDS } from '../engine/seedData';
import { createManualClock } from '../engine/simClock';
import { startLoopbackServer, type LoopbackServer } from '../server/loopbackServer';
import type { SdkApiClient } from './platformClientSdk';
import { SdkAgentDesk } from './sdkAgentDesk';
import { NotificationSocketProbe, onTopic } from './notificationSocketProbe';
import {
  SimControl,
  aUuid,
  agentLegOf,
  extendedResponseOf,
  loadPlatformSdk,
  pointSdkAt,
} from './sdkHarness';

const sdk = loadPlatformSdk();
const notifications = new sdk.NotificationsApi();
const conversations = new sdk.ConversationsApi();

const clock = createManualClock();
const USER_CHATS_TOPIC = `v2.users.${SEED_IDS.agentAlex}.conversations.chats`;
const messagesTopic = (conversationId: string) =>
  `v2.conversations.chats.${conversationId}.messages`;

let server: LoopbackServer;
let sim: SimControl;
let client: SdkApiClient;
let desk: SdkAgentDesk;
let token = '';
/** The socket a test opened, closed after it. */
let openProbe: NotificationSocketProbe | undefined;

beforeAll(async () => {
  server = await startLoopbackServer({ port: 0, clock });
  sim = new SimControl(server.url);
  client = pointSdkAt(sdk, server.port);
  desk = new SdkAgentDesk(sdk, client, sim);
  token = await sim.login(SEED_IDS.agentAlex);
  desk.actAs(token);
});

beforeEach(async () => {
  await sim.reset();
});

afterEach(async () => {
  await openProbe?.close();
  openProbe = undefined;
});

afterAll(async () => {
  await server.close();
});

async function openChannel(topics: string[]) {
  const channel = await notifications.postNotificationsChannels();
  await notifications.putNotificationsChannelSubscriptions(
    channel.id,
    topics.map((id) => ({ id })),
  );
  const probe = await NotificationSocketProbe.open(channel.connectUri);
  openProbe = probe;
  return { channel, probe };
}

describe('NotificationsApi channels and subscriptions', () => {
  it('creates a channel whose connectUri is a ws url on the simulator, valid for a day', async () => {
    const created = await extendedResponseOf(client, () =>
      notifications.postNotificationsChannels(),
    );

    expect(created.status).toBe(200);
    expect(created.body).toEqual({
      id: aUuid(),
      connectUri: `ws://127.0.0.1:${server.port}/channels/${created.body.id}`,
      expires: new Date(clock.now() + 24 * 60 * 60 * 1000).toISOString(),
    });
  });

  it('puts, adds, lists and clears topic subscriptions', async () => {
    const { id } = await notifications.postNotificationsChannels();
    // A chat topic needs a conversation the agent takes part in (the platform refuses others).
    await desk.goOnQueue(token, SEED_IDS.agentAlex);
    const { conversationId } = await desk.chatAlerting(SEED_IDS.agentAlex);
    const chatTopic = messagesTopic(conversationId);

    const put = await notifications.putNotificationsChannelSubscriptions(id, [
      { id: USER_CHATS_TOPIC },
    ]);
    expect(put).toEqual({ entities: [{ id: USER_CHATS_TOPIC }] });

    const added = await notifications.postNotificationsChannelSubscriptions(id, [
      { id: chatTopic },
    ]);
    expect(added).toEqual({ entities: [{ id: USER_CHATS_TOPIC }, { id: chatTopic }] });
    expect(await notifications.getNotificationsChannelSubscriptions(id)).toEqual(added);

    const replaced = await notifications.putNotificationsChannelSubscriptions(id, [
      { id: chatTopic },
    ]);
    expect(replaced).toEqual({ entities: [{ id: chatTopic }] });

    const cleared = await extendedResponseOf(client, () =>
      notifications.deleteNotificationsChannelSubscriptions(id),
    );
    expect(cleared.status).toBe(204);
    expect(await notifications.getNotificationsChannelSubscriptions(id)).toEqual({
      entities: [],
    });
  });
});

describe('the notification socket', () => {
  it('answers a ping with a channel.metadata pong and beats every 30 seconds', async () => {
    const { probe } = await openChannel([]);

    probe.send({ message: 'ping' });

    expect(await probe.take(onTopic('channel.metadata'))).toEqual({
      topicName: 'channel.metadata',
      version: '2',
      eventBody: { message: 'pong' },
    });
    clock.advance(30_000);
    expect(await probe.take(onTopic('channel.metadata'))).toEqual({
      topicName: 'channel.metadata',
      version: '2',
      eventBody: { message: 'WebSocket Heartbeat' },
    });
  });

  it("pushes the whole conversation on the user's chats topic after every change", async () => {
    await desk.goOnQueue(token, SEED_IDS.agentAlex);
    const { probe } = await openChannel([USER_CHATS_TOPIC]);

    const conversationId = await sim.startChat({
      queueId: SEED_IDS.queueSupport,
      customerName: 'Jo Customer',
      firstMessage: 'Hi',
    });

    const alerting = await probe.take(onTopic(USER_CHATS_TOPIC));
    const snapshot = await conversations.getConversationsChat(conversationId);
    expect(alerting).toEqual({
      topicName: USER_CHATS_TOPIC,
      version: '2',
      eventBody: snapshot,
      metadata: { CorrelationId: aUuid() },
    });
    const participantId = agentLegOf(snapshot, SEED_IDS.agentAlex).id;
    expect(agentLegOf(snapshot, SEED_IDS.agentAlex).state).toBe('alerting');

    await conversations.patchConversationsChatParticipant(conversationId, participantId, {
      state: 'connected',
    });

    const connected = await probe.take(onTopic(USER_CHATS_TOPIC));
    expect(connected.eventBody).toEqual(await conversations.getConversationsChat(conversationId));
    expect(connected.metadata?.CorrelationId).not.toBe(alerting.metadata?.CorrelationId);
  });

  it('pushes customer messages, typing and agent messages on the chat messages topic', async () => {
    await desk.goOnQueue(token, SEED_IDS.agentAlex);
    const {
      conversationId,
      communicationId: agentCommunicationId,
      customerCommunicationId,
    } = await desk.chatConnected(SEED_IDS.agentAlex);
    const topic = messagesTopic(conversationId);
    const live = await openChannel([USER_CHATS_TOPIC]);
    // Subscribing on a live socket: topics can be added to an open channel.
    await notifications.postNotificationsChannelSubscriptions(live.channel.id, [{ id: topic }]);

    await sim.customerSays(conversationId, 'Where is my parcel?');
    const message = await live.probe.take(onTopic(topic, 'message'));
    const [stored] = (
      await conversations.getConversationsChatMessages(conversationId, {
        sortOrder: 'descending',
        maxResults: 1,
      })
    ).entities;
    expect(message).toEqual({
      topicName: topic,
      version: '2',
      eventBody: stored,
      metadata: { CorrelationId: aUuid(), type: 'message' },
    });
    expect(message.eventBody).toEqual({
      id: aUuid(),
      conversation: expect.objectContaining({ id: conversationId }) as unknown,
      sender: { id: customerCommunicationId },
      body: 'Where is my parcel?',
      bodyType: 'standard',
      timestamp: new Date(clock.now()).toISOString(),
    });

    await sim.customerTypes(conversationId);
    const typing = await live.probe.take(onTopic(topic, 'typing-indicator'));
    expect(typing).toEqual({
      topicName: topic,
      version: '2',
      eventBody: expect.objectContaining({
        id: aUuid(),
        conversation: expect.objectContaining({ id: conversationId }) as unknown,
        sender: { id: customerCommunicationId },
        timestamp: new Date(clock.now()).toISOString(),
      }) as unknown,
      metadata: { CorrelationId: aUuid(), type: 'typing-indicator' },
    });

    const sent = await conversations.postConversationsChatCommunicationMessages(
      conversationId,
      agentCommunicationId,
      { body: 'It ships today.' },
    );
    const echoed = await live.probe.take(onTopic(topic, 'message'));
    expect(echoed.eventBody).toEqual(sent);
  });
});
