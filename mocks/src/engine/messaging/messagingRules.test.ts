// Web messaging conversations follow the chat's routing rules (platform-api.md "Routing rules"
// and "Web messaging flavour"): one alert at a time, capacity shared with chats, a pending
// wrap-up blocks routing of both media; what differs is the transcript, typing and no hold.
import {
  userInboundTypingTopic,
  userMessagesTopic,
  type MessageConversation,
  type NotificationEnvelope,
} from '@acd/shared';
import { customerDisconnect, patchParticipant, submitWrapup } from '../chatCommands';
import { chatConversationId } from '../conversationAccess';
import { toGenericConversation } from '../conversationModel';
import { customerTypes, customerWrites } from '../customerSide';
import { CHAT_CAPACITY } from '../directory';
import { makeTestEngine } from '../engineTestKit';
import type { SocketPeer } from '../notificationHub';
import { SimPlatformError } from '../platformError';
import { SEED_IDS } from '../seedData';
import {
  bulkMessages,
  messagingConversationOf,
  recordReceipt,
  sendAgentMessagingMessage,
  sendAgentMessagingTyping,
} from './messagingCommands';
import { toMessageConversation } from './messagingModel';
import { setInactivityTimeout } from './inactivity';

const { agentAlex: ALEX, agentHanako: HANAKO, queueSupport, codeResolved } = SEED_IDS;

function statusOf(run: () => unknown): number | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof SimPlatformError) return error.status;
    throw error;
  }
  return undefined;
}

function recordingPeer(): SocketPeer & { frames: NotificationEnvelope[] } {
  const frames: NotificationEnvelope[] = [];
  return {
    frames,
    send: (text) => frames.push(JSON.parse(text) as NotificationEnvelope),
    close: () => undefined,
    drop: () => undefined,
  };
}

/** Alex on queue with one messaging conversation picked up. */
function connectedMessaging() {
  const t = makeTestEngine();
  t.goOnQueue(ALEX);
  const cid = t.startMessaging();
  const leg = t.agentLeg(cid, ALEX);
  if (leg === undefined) throw new Error('Alex was not alerted');
  const ctx = t.engine.context;
  const alex = t.user(ALEX);
  patchParticipant(ctx, alex, cid, leg.id, { state: 'connected' });
  return { ...t, cid, leg, ctx, alex };
}

function pickUp(t: ReturnType<typeof makeTestEngine>, cid: string, userId: string) {
  const leg = t.agentLeg(cid, userId);
  if (leg === undefined) throw new Error(`No leg of ${userId} in ${cid}`);
  patchParticipant(t.engine.context, t.user(userId), cid, leg.id, { state: 'connected' });
  return leg;
}

describe('routing of messaging conversations', () => {
  it('alerts an on-queue agent, and an unanswered alert sends it back in line with the agent NOT_RESPONDING', () => {
    const t = makeTestEngine();
    t.goOnQueue(ALEX);
    const cid = t.startMessaging();
    expect(t.agentLeg(cid, ALEX)?.state).toBe('alerting');
    expect(t.activeMessagingIds(ALEX)).toEqual([cid]);
    expect(t.activeIds(ALEX)).toEqual([]);
    t.clock.advance(30_000);
    expect(t.user(ALEX).routingStatus).toBe('NOT_RESPONDING');
    expect(t.engine.snapshot().queues.find((q) => q.id === queueSupport)?.waiting).toEqual([cid]);
  });

  it('alerts one conversation at a time across both media', () => {
    const t = makeTestEngine();
    t.goOnQueue(ALEX);
    const chat = t.startChat();
    const messaging = t.startMessaging();
    expect(t.agentLeg(chat, ALEX)?.state).toBe('alerting');
    expect(t.agentLeg(messaging, ALEX)).toBeUndefined();
    pickUp(t, chat, ALEX);
    expect(t.agentLeg(messaging, ALEX)?.state).toBe('alerting');
  });

  it('shares the agent capacity between chats and messaging conversations', () => {
    const t = makeTestEngine();
    t.goOnQueue(ALEX);
    const taken: string[] = [];
    for (let i = 0; i < CHAT_CAPACITY; i += 1) {
      const cid = i % 2 === 0 ? t.startChat() : t.startMessaging();
      pickUp(t, cid, ALEX);
      taken.push(cid);
    }
    const overChat = t.startChat();
    const overMessaging = t.startMessaging();
    expect(t.agentLeg(overChat, ALEX)).toBeUndefined();
    expect(t.agentLeg(overMessaging, ALEX)).toBeUndefined();
    expect(t.activeIds(ALEX)).toHaveLength(CHAT_CAPACITY / 2);
    expect(t.activeMessagingIds(ALEX)).toHaveLength(CHAT_CAPACITY / 2);
  });

  it('routes neither medium to an agent who owes a messaging wrap-up, until it is done', () => {
    const t = connectedMessaging();
    customerDisconnect(t.ctx, t.cid);
    expect(t.leg).toMatchObject({ state: 'disconnected', disconnectType: 'peer' });
    const chat = t.startChat();
    const messaging = t.startMessaging();
    expect(t.agentLeg(chat, ALEX)).toBeUndefined();
    expect(t.agentLeg(messaging, ALEX)).toBeUndefined();
    submitWrapup(t.ctx, t.alex, t.cid, t.leg.id, t.leg.commId, { code: codeResolved });
    expect(t.leg.state).toBe('terminated');
    expect(t.agentLeg(chat, ALEX)?.state).toBe('alerting');
  });

  it('routes no messaging conversation to an agent who owes a chat wrap-up', () => {
    const t = makeTestEngine();
    t.goOnQueue(ALEX);
    const chat = t.startChat();
    pickUp(t, chat, ALEX);
    customerDisconnect(t.engine.context, chat);
    const messaging = t.startMessaging();
    expect(t.agentLeg(messaging, ALEX)).toBeUndefined();
    t.goOnQueue(HANAKO);
    expect(t.agentLeg(messaging, HANAKO)?.state).toBe('alerting');
  });
});

describe('the agent in a messaging conversation', () => {
  it('cannot hold it (no hold for messaging), and a second connected one stays open beside it', () => {
    const t = connectedMessaging();
    expect(statusOf(() => patchParticipant(t.ctx, t.alex, t.cid, t.leg.id, { held: true }))).toBe(
      400,
    );
    const second = t.startMessaging(queueSupport, 'Second Guest');
    const secondLeg = pickUp(t, second, ALEX);
    expect([t.leg.state, secondLeg.state]).toEqual(['connected', 'connected']);
    expect([t.leg.held, secondLeg.held]).toEqual([false, false]);
  });

  it('disconnects and wraps up in one PATCH, after which it leaves the active list', () => {
    const t = connectedMessaging();
    patchParticipant(t.ctx, t.alex, t.cid, t.leg.id, {
      state: 'disconnected',
      wrapup: { code: codeResolved, notes: 'done' },
    });
    expect(t.leg).toMatchObject({ state: 'terminated', wrapup: { code: codeResolved } });
    expect(t.activeMessagingIds(ALEX)).toEqual([]);
  });

  it('refuses a wrap-up code of another queue in the PATCH and keeps the wrap-up owed', () => {
    const t = connectedMessaging();
    const status = statusOf(() =>
      patchParticipant(t.ctx, t.alex, t.cid, t.leg.id, {
        state: 'disconnected',
        wrapup: { code: SEED_IDS.codeCallbackJa },
      }),
    );
    expect(status).toBe(400);
    expect(t.leg.wrapup).toBeUndefined();
  });

  it('sends text up to 4,000 characters as MessageData marked Sent, and refuses 4,001', () => {
    const t = connectedMessaging();
    const sent = sendAgentMessagingMessage(t.ctx, t.alex, t.cid, t.leg.commId, {
      textBody: 'How can I help?',
    });
    expect(sent).toMatchObject({
      conversationId: t.cid,
      direction: 'outbound',
      textBody: 'How can I help?',
      status: 'sent',
      normalizedMessage: {
        type: 'Text',
        text: 'How can I help?',
        status: 'Sent',
        direction: 'Outbound',
      },
    });
    const long = { textBody: 'x'.repeat(4001) };
    expect(
      statusOf(() => sendAgentMessagingMessage(t.ctx, t.alex, t.cid, t.leg.commId, long)),
    ).toBe(400);
    const exact = { textBody: 'x'.repeat(4000) };
    expect(
      sendAgentMessagingMessage(t.ctx, t.alex, t.cid, t.leg.commId, exact).textBody,
    ).toHaveLength(4000);
  });

  it('may not write or type as another agent (403) nor on an unknown communication (404)', () => {
    const t = connectedMessaging();
    const hanako = t.user(HANAKO);
    const body = { textBody: 'hi' };
    expect(
      statusOf(() => sendAgentMessagingMessage(t.ctx, hanako, t.cid, t.leg.commId, body)),
    ).toBe(403);
    expect(statusOf(() => sendAgentMessagingMessage(t.ctx, t.alex, t.cid, 'nope', body))).toBe(404);
    const typing = { typing: { type: 'On', duration: 5000 } };
    expect(sendAgentMessagingTyping(t.ctx, t.alex, t.cid, t.leg.commId, typing)).toEqual({
      duration: 5000,
    });
    expect(
      statusOf(() =>
        sendAgentMessagingTyping(t.ctx, t.alex, t.cid, t.leg.commId, { typing: { type: 'Off' } }),
      ),
    ).toBe(400);
  });
});

describe('the transcript of a messaging conversation', () => {
  it('lists message ids only in snapshots on the user messages topic; the bulk call gives the text', () => {
    const t = connectedMessaging();
    const channel = t.engine.hub.createChannel(ALEX, 'ws://sim');
    t.engine.hub.setTopics(ALEX, channel.id, [{ id: userMessagesTopic(ALEX) }], true, () => true);
    const peer = recordingPeer();
    t.engine.hub.attach(channel.id, peer);
    const written = customerWrites(t.ctx, t.cid, { body: 'a secret word' });
    const snapshots = peer.frames.filter((f) => f.topicName === userMessagesTopic(ALEX));
    expect(snapshots).toHaveLength(1);
    expect(JSON.stringify(snapshots[0])).not.toContain('a secret word');
    const customer = (snapshots[0]?.eventBody as MessageConversation).participants.find(
      (p) => p.purpose === 'customer',
    );
    const ids = customer?.messages.map((m) => m.messageId);
    expect(ids).toContain(written.id);
    expect(customer?.messages.at(-1)).toMatchObject({ messageStatus: 'received' });
    const bulk = bulkMessages(t.ctx, t.cid, ids);
    expect(bulk.entities.map((m) => m.textBody)).toEqual([
      'Hi from the messenger',
      'a secret word',
    ]);
    expect(bulk.entities[1]?.normalizedMessage).toMatchObject({
      type: 'Text',
      direction: 'Inbound',
      text: 'a secret word',
    });
  });

  it('bulk: leaves out ids of other conversations, refuses more than 1,000 ids or a non-array', () => {
    const t = connectedMessaging();
    const other = t.startMessaging(queueSupport, 'Other Guest', 'elsewhere');
    const otherId = t.engine.conversation(other).messagingMessages[0]?.data.id ?? '';
    expect(bulkMessages(t.ctx, t.cid, [otherId]).entities).toEqual([]);
    expect(statusOf(() => bulkMessages(t.ctx, t.cid, new Array(1001).fill('id')))).toBe(400);
    expect(statusOf(() => bulkMessages(t.ctx, t.cid, { ids: [] }))).toBe(400);
    expect(bulkMessages(t.ctx, t.cid, new Array(1000).fill(otherId)).entities).toEqual([]);
  });

  it('moves an agent message Sent → Delivered → Read, never back, and fails only one still Sent', () => {
    const t = connectedMessaging();
    const first = sendAgentMessagingMessage(t.ctx, t.alex, t.cid, t.leg.commId, {
      textBody: 'one',
    });
    const second = sendAgentMessagingMessage(t.ctx, t.alex, t.cid, t.leg.commId, {
      textBody: 'two',
    });
    recordReceipt(t.ctx, t.cid, { messageId: first.id, status: 'Delivered' });
    recordReceipt(t.ctx, t.cid, { messageId: first.id, status: 'Read' });
    expect(recordReceipt(t.ctx, t.cid, { messageId: first.id, status: 'Delivered' })).toEqual([]);
    expect(recordReceipt(t.ctx, t.cid, { messageId: first.id, status: 'Failed' })).toEqual([]);
    recordReceipt(t.ctx, t.cid, { messageId: second.id, status: 'Failed' });
    const [one, two] = bulkMessages(t.ctx, t.cid, [first.id, second.id]).entities;
    expect([one?.normalizedMessage.status, one?.status]).toEqual(['Read', 'read']);
    expect([two?.normalizedMessage.status, two?.status]).toEqual(['Failed', 'delivery-failed']);
    const agent = toMessageConversation(t.engine.conversation(t.cid)).participants.find(
      (p) => p.id === t.leg.id,
    );
    expect(agent?.messages.map((m) => m.messageStatus)).toEqual(['read', 'delivery-failed']);
    expect(statusOf(() => recordReceipt(t.ctx, t.cid, { status: 'Seen' }))).toBe(400);
    expect(statusOf(() => recordReceipt(t.ctx, t.cid, { messageId: 'x', status: 'Read' }))).toBe(
      404,
    );
  });

  it('tells the agent the customer is typing on the inbound typing topic', () => {
    const t = connectedMessaging();
    const channel = t.engine.hub.createChannel(ALEX, 'ws://sim');
    t.engine.hub.setTopics(
      ALEX,
      channel.id,
      [{ id: userInboundTypingTopic(ALEX) }],
      true,
      () => true,
    );
    const peer = recordingPeer();
    t.engine.hub.attach(channel.id, peer);
    customerTypes(t.ctx, t.cid);
    expect(peer.frames).toHaveLength(1);
    expect(peer.frames[0]?.eventBody).toMatchObject({
      conversationId: t.cid,
      normalizedMessage: {
        type: 'Event',
        direction: 'Inbound',
        events: [{ eventType: 'Typing', typing: { type: 'On' } }],
      },
    });
  });

  it('ends with no join or leave notices in the transcript when the customer leaves', () => {
    const t = connectedMessaging();
    customerDisconnect(t.ctx, t.cid);
    const texts = t.engine.conversation(t.cid).messagingMessages.map((m) => m.data.textBody);
    expect(texts).toEqual(['Hi from the messenger']);
    expect(statusOf(() => customerWrites(t.ctx, t.cid, { body: 'still there?' }))).toBe(409);
  });
});

describe('the two flavours side by side', () => {
  it('keeps a messaging conversation off the chat paths and a chat off the messaging ones (404)', () => {
    const t = connectedMessaging();
    const chat = t.startChat();
    expect(statusOf(() => chatConversationId(t.ctx, t.cid))).toBe(404);
    expect(statusOf(() => messagingConversationOf(t.ctx, chat))).toBe(404);
    expect(chatConversationId(t.ctx, chat)).toBe(chat);
  });

  it('gives the generic view messages[] communications (their id is the commId) and no chats', () => {
    const t = connectedMessaging();
    const generic = toGenericConversation(t.engine.conversation(t.cid));
    const agent = generic.participants.find((p) => p.id === t.leg.id);
    expect(agent?.chats).toBeUndefined();
    expect(agent?.messages?.[0]).toMatchObject({ id: t.leg.commId, state: 'connected' });
    const customer = generic.participants.find((p) => p.purpose === 'customer');
    expect(customer?.messages?.[0]?.messages).toHaveLength(1);
  });

  it('takes the customer’s message of either kind through the same call', () => {
    const t = connectedMessaging();
    const chat = t.startChat();
    const chatMessage = customerWrites(t.ctx, chat, { body: 'to the chat' });
    const messagingMessage = customerWrites(t.ctx, t.cid, { body: 'to the messenger' });
    expect(chatMessage).toMatchObject({ body: 'to the chat', bodyType: 'standard' });
    expect(messagingMessage).toMatchObject({ textBody: 'to the messenger', direction: 'inbound' });
    expect(statusOf(() => customerWrites(t.ctx, t.cid, { body: 'y'.repeat(4001) }))).toBe(400);
  });
});

describe('an asynchronous conversation', () => {
  it('is disconnected by its queue’s inactivity timer after the last message, leaving a wrap-up owed', () => {
    const t = connectedMessaging();
    setInactivityTimeout(t.ctx, { queueId: queueSupport, timeoutSeconds: 60 });
    sendAgentMessagingMessage(t.ctx, t.alex, t.cid, t.leg.commId, { textBody: 'Still there?' });
    t.clock.advance(59_000);
    customerWrites(t.ctx, t.cid, { body: 'yes' });
    t.clock.advance(59_000);
    expect(t.leg.state).toBe('connected');
    t.clock.advance(1_000);
    const customer = t.engine
      .conversation(t.cid)
      .participants.find((p) => p.purpose === 'customer');
    expect(customer).toMatchObject({ state: 'disconnected', disconnectType: 'timeout' });
    expect(t.leg).toMatchObject({ state: 'disconnected', disconnectType: 'peer' });
    expect(t.activeMessagingIds(ALEX)).toEqual([t.cid]);
  });

  it('has no inactivity timer unless the queue has one, and refuses a bad timeout', () => {
    const t = connectedMessaging();
    t.clock.advance(24 * 3600 * 1000);
    expect(t.leg.state).toBe('connected');
    expect(
      statusOf(() => setInactivityTimeout(t.ctx, { queueId: queueSupport, timeoutSeconds: 0 })),
    ).toBe(400);
    expect(
      statusOf(() => setInactivityTimeout(t.ctx, { queueId: 'nope', timeoutSeconds: 5 })),
    ).toBe(404);
  });

  it('takes back a customer who returns with the same token: same conversation and transcript, routed again', () => {
    const t = connectedMessaging();
    const token = t.engine.conversation(t.cid).guestToken ?? '';
    customerDisconnect(t.ctx, t.cid);
    submitWrapup(t.ctx, t.alex, t.cid, t.leg.id, t.leg.commId, { code: codeResolved });
    expect(t.activeMessagingIds(ALEX)).toEqual([]);
    const back = t.engine.startMessaging({
      customerName: 'Mo Messenger',
      token,
      firstMessage: 'Me again',
    });
    expect(back).toEqual({ conversationId: t.cid, token });
    const newLeg = t.agentLeg(t.cid, ALEX);
    expect(newLeg?.state).toBe('alerting');
    expect(newLeg?.id).not.toBe(t.leg.id);
    const texts = t.engine.conversation(t.cid).messagingMessages.map((m) => m.data.textBody);
    expect(texts).toEqual(['Hi from the messenger', 'Me again']);
  });

  it('adds a returning customer’s message to a conversation that is still open, without routing it again', () => {
    const t = connectedMessaging();
    const token = t.engine.conversation(t.cid).guestToken ?? '';
    t.engine.startMessaging({ customerName: 'Mo Messenger', token, firstMessage: 'another tab' });
    const legs = t.engine.conversation(t.cid).participants.filter((p) => p.purpose === 'agent');
    expect(legs).toHaveLength(1);
    expect(t.engine.conversation(t.cid).messagingMessages).toHaveLength(2);
  });
});
