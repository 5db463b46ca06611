import {
  customerMessage,
  listMessages,
  participantWrapupCodes,
  patchAttributes,
  patchParticipant,
  sendAgentMessage,
  submitWrapup,
} from './chatCommands';
import { SEED_IDS } from './seedData';
import { makeTestEngine } from './engineTestKit';
import { SimPlatformError } from './platformError';
import type { SocketPeer } from './notificationHub';

const {
  agentAlex: ALEX,
  agentHanako: HANAKO,
  adminCasey: CASEY,
  queueSupport,
  codeResolved,
  codeSpam,
} = SEED_IDS;

function statusOf(run: () => unknown): number | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof SimPlatformError) return error.status;
    throw error;
  }
  return undefined;
}

function connectedChat() {
  const t = makeTestEngine();
  t.goOnQueue(ALEX);
  const cid = t.startChat();
  const leg = t.agentLeg(cid, ALEX);
  if (leg === undefined) throw new Error('no alert');
  patchParticipant(t.engine.context, t.user(ALEX), cid, leg.id, { state: 'connected' });
  return { ...t, cid, leg, ctx: t.engine.context, alex: t.user(ALEX) };
}

function recordingPeer(): SocketPeer & { frames: Record<string, unknown>[] } {
  const frames: Record<string, unknown>[] = [];
  return {
    frames,
    send: (text) => frames.push(JSON.parse(text) as Record<string, unknown>),
    close: () => undefined,
    drop: () => undefined,
  };
}

describe('a chat from pick-up to wrap-up', () => {
  it('holds and resumes only a connected chat', () => {
    const t = connectedChat();
    patchParticipant(t.ctx, t.alex, t.cid, t.leg.id, { held: true });
    expect(t.leg.held).toBe(true);
    expect(t.leg.startHoldTime).toBeDefined();
    patchParticipant(t.ctx, t.alex, t.cid, t.leg.id, { held: false });
    expect(t.leg.held).toBe(false);
    expect(t.leg.startHoldTime).toBeUndefined();
    patchParticipant(t.ctx, t.alex, t.cid, t.leg.id, { state: 'disconnected' });
    expect(statusOf(() => patchParticipant(t.ctx, t.alex, t.cid, t.leg.id, { held: true }))).toBe(
      400,
    );
  });

  it('lets an agent act only on their own participant', () => {
    const t = connectedChat();
    expect(
      statusOf(() => patchParticipant(t.ctx, t.user(HANAKO), t.cid, t.leg.id, { held: true })),
    ).toBe(403);
    expect(
      statusOf(() => patchParticipant(t.ctx, t.alex, 'no-such-chat', t.leg.id, { held: true })),
    ).toBe(404);
  });

  it('keeps the transcript in order with join notices, and pages it 100 at a time', () => {
    const t = connectedChat();
    for (let i = 0; i < 150; i += 1) customerMessage(t.ctx, t.cid, { body: `message ${i}` });
    sendAgentMessage(t.ctx, t.alex, t.cid, t.leg.commId, { body: 'Hi, how can I help?' });
    const first = listMessages(t.ctx, t.cid, {});
    expect(first.entities).toHaveLength(100);
    expect(first.entities[0]?.body).toBe('Hello?');
    expect(first.entities[1]?.bodyType).toBe('member-join');
    expect(first.next).toContain('after=');
    const after = new URL(first.next ?? '', 'http://x').searchParams.get('after');
    const second = listMessages(t.ctx, t.cid, { after });
    expect(second.entities).toHaveLength(53);
    expect(second.entities[52]?.body).toBe('Hi, how can I help?');
    expect(second.entities[52]?.sender.id).toBe(t.leg.commId);
    expect(second.next).toBeUndefined();
  });

  it('refuses empty and over-long messages and accepts exactly 4000 characters', () => {
    const t = connectedChat();
    expect(
      statusOf(() => sendAgentMessage(t.ctx, t.alex, t.cid, t.leg.commId, { body: '   ' })),
    ).toBe(400);
    expect(
      statusOf(() =>
        sendAgentMessage(t.ctx, t.alex, t.cid, t.leg.commId, { body: 'x'.repeat(4001) }),
      ),
    ).toBe(400);
    expect(
      sendAgentMessage(t.ctx, t.alex, t.cid, t.leg.commId, { body: 'x'.repeat(4000) }).body,
    ).toHaveLength(4000);
  });

  it('merges string attributes on the participant (the last seen message id lives there)', () => {
    const t = connectedChat();
    patchAttributes(t.ctx, t.alex, t.cid, t.leg.id, { attributes: { a: '1' } });
    patchAttributes(t.ctx, t.alex, t.cid, t.leg.id, { attributes: { b: '2' } });
    expect(t.leg.attributes).toEqual({ a: '1', b: '2' });
    expect(
      statusOf(() => patchAttributes(t.ctx, t.alex, t.cid, t.leg.id, { attributes: { c: 3 } })),
    ).toBe(400);
  });

  it('offers only the codes of the chat queue and refuses any other with 400', () => {
    const t = connectedChat();
    const codes = participantWrapupCodes(t.ctx, t.alex, t.cid, t.leg.id).map((c) => c.id);
    expect(codes).toContain(codeResolved);
    expect(codes).not.toContain(codeSpam);
    patchParticipant(t.ctx, t.alex, t.cid, t.leg.id, { state: 'disconnected' });
    expect(
      statusOf(() =>
        submitWrapup(t.ctx, t.alex, t.cid, t.leg.id, t.leg.commId, { code: codeSpam }),
      ),
    ).toBe(400);
    expect(t.activeIds(ALEX)).toEqual([t.cid]);
  });

  it('terminates the participant on wrap-up, confirms a repeat of it, and refuses a different one', () => {
    const t = connectedChat();
    patchParticipant(t.ctx, t.alex, t.cid, t.leg.id, { state: 'disconnected' });
    submitWrapup(t.ctx, t.alex, t.cid, t.leg.id, t.leg.commId, {
      code: codeResolved,
      notes: 'sent the manual',
    });
    expect(t.leg.state).toBe('terminated');
    expect(t.leg.wrapup).toMatchObject({
      code: codeResolved,
      name: 'Resolved',
      notes: 'sent the manual',
    });
    expect(t.activeIds(ALEX)).toEqual([]);
    expect(
      statusOf(() =>
        submitWrapup(t.ctx, t.alex, t.cid, t.leg.id, t.leg.commId, { code: codeResolved }),
      ),
    ).toBeUndefined();
    expect(
      statusOf(() =>
        submitWrapup(t.ctx, t.alex, t.cid, t.leg.id, t.leg.commId, { code: SEED_IDS.codeFollowUp }),
      ),
    ).toBe(409);
  });
});

describe('wrap-up code administration', () => {
  it('creates, renames and deletes codes for admins, with 409 on a duplicate name', () => {
    const t = makeTestEngine();
    const casey = t.user(CASEY);
    const code = t.engine.createCode(casey, { name: 'Billing question' });
    expect(statusOf(() => t.engine.createCode(casey, { name: 'billing QUESTION ' }))).toBe(409);
    expect(t.engine.updateCode(casey, code.id, { name: '請求の質問' }).name).toBe('請求の質問');
    t.engine.assignCodes(casey, queueSupport, [{ id: code.id }]);
    expect(t.engine.queueCodes(queueSupport, {}).entities.map((c) => c.id)).toContain(code.id);
    t.engine.deleteCode(casey, code.id);
    expect(t.engine.queueCodes(queueSupport, {}).entities.map((c) => c.id)).not.toContain(code.id);
    expect(statusOf(() => t.engine.updateCode(casey, code.id, { name: 'x' }))).toBe(404);
  });

  it('refuses admin calls from an agent with 403', () => {
    const t = makeTestEngine();
    const alex = t.user(ALEX);
    expect(statusOf(() => t.engine.createCode(alex, { name: 'Nope' }))).toBe(403);
    expect(statusOf(() => t.engine.deleteCode(alex, codeResolved))).toBe(403);
    expect(statusOf(() => t.engine.assignCodes(alex, queueSupport, [{ id: codeSpam }]))).toBe(403);
  });

  it('pages and filters the code list by name', () => {
    const t = makeTestEngine();
    const page = t.engine.listCodes({ pageSize: 2, pageNumber: 2 });
    expect(page).toMatchObject({ pageSize: 2, pageNumber: 2, total: 6, pageCount: 3 });
    expect(page.entities).toHaveLength(2);
    expect(page.nextUri).toContain('pageNumber=3');
    expect(t.engine.listCodes({ name: 'reso' }).entities.map((c) => c.name)).toEqual(['Resolved']);
  });
});

describe('notifications', () => {
  /** Participation is the handlers' check (simulatorStrictness.test.ts); here all may read. */
  const everything = () => true;

  it('sends the whole conversation to a subscribed agent after every change, and nothing to others', () => {
    const t = makeTestEngine();
    const alexChannel = t.engine.hub.createChannel(ALEX, 'ws://sim');
    const hanakoChannel = t.engine.hub.createChannel(HANAKO, 'ws://sim');
    t.engine.hub.setTopics(
      ALEX,
      alexChannel.id,
      [{ id: `v2.users.${ALEX}.conversations.chats` }],
      true,
      everything,
    );
    t.engine.hub.setTopics(
      HANAKO,
      hanakoChannel.id,
      [{ id: `v2.users.${HANAKO}.conversations.chats` }],
      true,
      everything,
    );
    const alexPeer = recordingPeer();
    const hanakoPeer = recordingPeer();
    t.engine.hub.attach(alexChannel.id, alexPeer);
    t.engine.hub.attach(hanakoChannel.id, hanakoPeer);
    t.goOnQueue(ALEX);
    const cid = t.startChat();
    const frame = alexPeer.frames.find(
      (f) => f.topicName === `v2.users.${ALEX}.conversations.chats`,
    );
    expect(frame).toMatchObject({ version: '2', eventBody: { id: cid } });
    expect((frame?.eventBody as { participants: unknown[] }).participants).toHaveLength(3);
    expect(hanakoPeer.frames).toEqual([]);
  });

  it('refuses unknown topics with 400 and another user’s topics with 403', () => {
    const t = makeTestEngine();
    const channel = t.engine.hub.createChannel(ALEX, 'ws://sim');
    expect(
      statusOf(() =>
        t.engine.hub.setTopics(ALEX, channel.id, [{ id: 'v2.nonsense' }], true, everything),
      ),
    ).toBe(400);
    expect(
      statusOf(() =>
        t.engine.hub.setTopics(
          ALEX,
          channel.id,
          [{ id: `v2.users.${HANAKO}.conversations.chats` }],
          true,
          everything,
        ),
      ),
    ).toBe(403);
  });

  it('beats every 30 seconds and answers a ping with a pong', () => {
    const t = makeTestEngine();
    const channel = t.engine.hub.createChannel(ALEX, 'ws://sim');
    const peer = recordingPeer();
    t.engine.hub.attach(channel.id, peer);
    t.clock.advance(29_999);
    expect(peer.frames).toEqual([]);
    t.clock.advance(1);
    t.clock.advance(30_000);
    expect(peer.frames).toEqual([
      {
        topicName: 'channel.metadata',
        version: '2',
        eventBody: { message: 'WebSocket Heartbeat' },
      },
      {
        topicName: 'channel.metadata',
        version: '2',
        eventBody: { message: 'WebSocket Heartbeat' },
      },
    ]);
    expect(JSON.parse(t.engine.hub.answer('{"message":"ping"}') ?? '{}')).toMatchObject({
      eventBody: { message: 'pong' },
    });
    expect(t.engine.hub.answer('not json')).toBeNull();
  });
});

describe('fault injection', () => {
  it('fails exactly the next count calls', () => {
    const t = makeTestEngine();
    const call = { method: 'GET', pathname: '/api/v2/users/me' };
    t.engine.faults.arm({ status: 429, count: 2, retryAfterSeconds: 3 });
    expect(t.engine.faults.take(call)).toEqual({
      status: 429,
      retryAfterSeconds: 3,
      latencyMs: undefined,
    });
    expect(t.engine.faults.take(call)?.status).toBe(429);
    expect(t.engine.faults.take(call)).toBeNull();
  });

  it('a fault aimed at some calls lets the others through and waits for its own', () => {
    const t = makeTestEngine();
    t.engine.faults.arm({ status: 503, count: 1, method: 'post', pathContains: '/messages' });
    const send = {
      method: 'POST',
      pathname: '/api/v2/conversations/chats/c1/communications/m1/messages',
    };
    expect(t.engine.faults.take({ method: 'GET', pathname: send.pathname })).toBeNull();
    expect(
      t.engine.faults.take({ method: 'POST', pathname: '/api/v2/conversations/chats/c1/typing' }),
    ).toBeNull();
    expect(t.engine.faults.take(send)?.status).toBe(503);
    expect(t.engine.faults.take(send)).toBeNull();
  });
});
