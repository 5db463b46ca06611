// The Guest API WebSocket on the loopback server (platform-api.md "Web messaging flavour"),
// driven by a real `ws` client as a web messenger would: configureSession, onMessage, echo,
// getJwt, closeSession, the agent's replies pushed to the guest, the rate limit and bad frames.
import { WebSocket } from 'ws';
import { patchParticipant } from '../../engine/chatCommands';
import { makeTestEngine } from '../../engine/engineTestKit';
import { sendAgentMessagingMessage } from '../../engine/messaging/messagingCommands';
import { customerDisconnect } from '../../engine/chatCommands';
import { SEED_IDS } from '../../engine/seedData';
import { startLoopbackServer, type LoopbackServer } from '../loopbackServer';
import type { GuestFrame } from './guestFrames';
import { GUEST_RATE_LIMIT } from './guestSession';

const { agentAlex: ALEX, deploymentSupport, deploymentSales, queueSupport } = SEED_IDS;

let t: ReturnType<typeof makeTestEngine>;
let server: LoopbackServer;
const open: WebSocket[] = [];

beforeEach(async () => {
  t = makeTestEngine();
  server = await startLoopbackServer({ engine: t.engine });
});
afterEach(async () => {
  for (const socket of open.splice(0)) socket.terminate();
  await server.close();
});

/** A guest socket that keeps every frame it gets and can wait for the next of a class. */
async function guest(deploymentId: string = deploymentSupport) {
  const socket = new WebSocket(
    `ws://127.0.0.1:${server.port}/webmessaging/v1?deploymentId=${deploymentId}`,
  );
  open.push(socket);
  const frames: GuestFrame[] = [];
  const waiters: Array<() => void> = [];
  socket.on('message', (data) => {
    frames.push(JSON.parse(Buffer.from(data as Buffer).toString('utf8')) as GuestFrame);
    for (const wake of waiters.splice(0)) wake();
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let seen = 0;
  const next = async (cls?: string): Promise<GuestFrame> => {
    for (;;) {
      while (seen < frames.length) {
        const frame = frames[seen++];
        if (frame !== undefined && (cls === undefined || frame.class === cls)) return frame;
      }
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No ${cls ?? 'frame'} in 2 s`)), 2000);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  };
  const say = (frame: unknown) =>
    socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  return { socket, frames, next, say };
}

function agentPicksUp(cid: string) {
  const leg = t.agentLeg(cid, ALEX);
  if (leg === undefined) throw new Error('Alex was not alerted');
  patchParticipant(t.engine.context, t.user(ALEX), cid, leg.id, { state: 'connected' });
  return leg;
}

const conversationOf = (token: string) =>
  [...t.engine.context.conversations.values()].find((c) => c.guestToken === token);

test('a guest configures a session, writes, reaches the queue and hears the agent', async () => {
  t.goOnQueue(ALEX);
  const g = await guest();
  g.say({ action: 'configureSession', deploymentId: deploymentSupport, token: 'guest-1' });
  expect(await g.next()).toEqual({
    type: 'response',
    class: 'SessionResponse',
    code: 200,
    body: { connected: true, newSession: true, readOnly: false },
  });
  // No conversation until the guest writes.
  expect(conversationOf('guest-1')).toBeUndefined();
  g.say({
    action: 'onMessage',
    token: 'guest-1',
    message: { type: 'Text', text: 'Hello, my order?' },
  });
  const mine = await g.next('StructuredMessage');
  expect(mine).toMatchObject({
    type: 'message',
    code: 200,
    body: { text: 'Hello, my order?', direction: 'Inbound', type: 'Text' },
  });
  const conversation = conversationOf('guest-1');
  expect(conversation?.queueId).toBe(queueSupport);
  expect(conversation?.deploymentId).toBe(deploymentSupport);
  const cid = conversation?.id ?? '';
  const leg = agentPicksUp(cid);
  sendAgentMessagingMessage(t.engine.context, t.user(ALEX), cid, leg.commId, {
    textBody: 'Let me look.',
  });
  const reply = await g.next('StructuredMessage');
  expect(reply).toMatchObject({
    type: 'message',
    class: 'StructuredMessage',
    code: 200,
    body: { text: 'Let me look.', direction: 'Outbound', type: 'Text', originatingEntity: 'Human' },
  });
  // The guest's second message lands in the same conversation.
  g.say({ action: 'onMessage', token: 'guest-1', message: { type: 'Text', text: 'Thanks' } });
  await g.next('StructuredMessage');
  expect(conversation?.messagingMessages.map((m) => m.data.textBody)).toEqual([
    'Hello, my order?',
    'Let me look.',
    'Thanks',
  ]);
});

test('a returning guest with the same token gets the same conversation, on a new socket', async () => {
  t.goOnQueue(ALEX);
  const first = await guest();
  first.say({ action: 'configureSession', deploymentId: deploymentSupport, token: 'guest-2' });
  await first.next('SessionResponse');
  first.say({ action: 'onMessage', token: 'guest-2', message: { type: 'Text', text: 'One' } });
  await first.next('StructuredMessage');
  const cid = conversationOf('guest-2')?.id ?? '';
  const leg = agentPicksUp(cid);
  first.socket.close();

  const again = await guest();
  again.say({ action: 'configureSession', deploymentId: deploymentSupport, token: 'guest-2' });
  expect((await again.next()).body).toEqual({
    connected: true,
    newSession: false,
    readOnly: false,
  });
  sendAgentMessagingMessage(t.engine.context, t.user(ALEX), cid, leg.commId, {
    textBody: 'Welcome back',
  });
  expect((await again.next('StructuredMessage')).body).toMatchObject({
    text: 'Welcome back',
    direction: 'Outbound',
  });
  again.say({ action: 'onMessage', token: 'guest-2', message: { type: 'Text', text: 'Two' } });
  await again.next('StructuredMessage');
  expect(
    [...t.engine.context.conversations.values()].filter((c) => c.guestToken === 'guest-2'),
  ).toHaveLength(1);
  expect(conversationOf('guest-2')?.messagingMessages).toHaveLength(3);
});

test('the session expires when the conversation ends for the customer', async () => {
  t.goOnQueue(ALEX);
  const g = await guest();
  g.say({ action: 'configureSession', deploymentId: deploymentSupport, token: 'guest-3' });
  await g.next('SessionResponse');
  g.say({ action: 'onMessage', token: 'guest-3', message: { type: 'Text', text: 'Hi' } });
  await g.next('StructuredMessage');
  customerDisconnect(t.engine.context, conversationOf('guest-3')?.id ?? '', 'timeout');
  expect(await g.next('SessionExpiredEvent')).toEqual({
    type: 'message',
    class: 'SessionExpiredEvent',
    code: 200,
    body: {},
  });
});

test('echo, getJwt and closeSession answer in the Guest API frame shape', async () => {
  const g = await guest();
  g.say({ action: 'configureSession', deploymentId: deploymentSupport, token: 'guest-4' });
  await g.next('SessionResponse');
  g.say({ action: 'echo', token: 'guest-4', message: { type: 'Text', text: 'ping' } });
  expect(await g.next()).toMatchObject({
    type: 'message',
    class: 'StructuredMessage',
    code: 200,
    body: { text: 'ping' },
  });
  g.say({ action: 'getJwt', token: 'guest-4' });
  const jwt = await g.next();
  expect(jwt).toMatchObject({ type: 'response', class: 'JwtResponse', code: 200 });
  const body = jwt.body as { jwt: string; exp: number };
  const claims = JSON.parse(
    Buffer.from(body.jwt.split('.')[1] ?? '', 'base64url').toString(),
  ) as Record<string, unknown>;
  expect(claims).toMatchObject({ sub: 'guest-4', deploymentId: deploymentSupport, exp: body.exp });
  expect(body.exp * 1000).toBeGreaterThan(t.clock.now());
  g.say({ action: 'closeSession', token: 'guest-4' });
  expect(await g.next()).toMatchObject({
    type: 'response',
    class: 'CloseSessionResponse',
    code: 200,
  });
  // Echo sends nothing to the agent side: no conversation was started.
  expect(conversationOf('guest-4')).toBeUndefined();
});

test('an unknown deployment, a bad or unknown frame gets an error frame and the socket stays open', async () => {
  const g = await guest('no-such-deployment');
  g.say({ action: 'configureSession', deploymentId: 'no-such-deployment', token: 'guest-5' });
  expect(await g.next()).toEqual({
    type: 'response',
    class: 'string',
    code: 400,
    body: 'Deployment no-such-deployment is not a deployment of this org',
  });
  const h = await guest();
  h.say('{ not json');
  expect((await h.next()).body).toBe('The frame is not JSON');
  h.say({ token: 'x' });
  expect((await h.next()).body).toBe('The frame has no action');
  h.say({ action: 'onMessage', token: 'guest-6', message: { type: 'Text', text: 'early' } });
  expect((await h.next()).body).toBe('Send configureSession before onMessage');
  h.say({ action: 'configureSession', deploymentId: deploymentSales, token: 'guest-6' });
  expect((await h.next()).body).toMatch(/is not a deployment of this org/);
  h.say({ action: 'configureSession', deploymentId: deploymentSupport, token: 'guest-6' });
  await h.next('SessionResponse');
  h.say({ action: 'dance', token: 'guest-6' });
  expect(await h.next()).toMatchObject({
    class: 'string',
    code: 400,
    body: 'Unknown action dance',
  });
  h.say({ action: 'onMessage', token: 'someone-else', message: { type: 'Text', text: 'x' } });
  expect((await h.next()).body).toBe('The token does not match this session');
  h.say({ action: 'onMessage', token: 'guest-6', message: { type: 'Text', text: '   ' } });
  expect((await h.next()).body).toBe('message.text must be a non-empty string');
  h.say({
    action: 'onMessage',
    token: 'guest-6',
    message: { type: 'Text', text: 'x'.repeat(4001) },
  });
  expect((await h.next()).body).toMatch(/at most 4000 characters/);
  expect(conversationOf('guest-6')).toBeUndefined();
  // Still open: a good frame works after all that.
  h.say({ action: 'onMessage', token: 'guest-6', message: { type: 'Text', text: 'Now then' } });
  expect((await h.next()).class).toBe('StructuredMessage');
  expect(h.socket.readyState).toBe(WebSocket.OPEN);
});

test('a session over its frame rate is told to retry after a number of seconds', async () => {
  const g = await guest();
  g.say({ action: 'configureSession', deploymentId: deploymentSupport, token: 'guest-7' });
  await g.next('SessionResponse');
  for (let i = 1; i < GUEST_RATE_LIMIT; i += 1) {
    g.say({ action: 'echo', token: 'guest-7', message: { type: 'Text', text: `ping ${i}` } });
  }
  for (let i = 1; i < GUEST_RATE_LIMIT; i += 1) await g.next('StructuredMessage');
  g.say({ action: 'echo', token: 'guest-7', message: { type: 'Text', text: 'one too many' } });
  const refused = await g.next();
  expect(refused).toMatchObject({
    type: 'response',
    class: 'TooManyRequestsErrorMessage',
    code: 429,
  });
  expect((refused.body as { retryAfter: number }).retryAfter).toBe(10);
  // The simulator's clock moves on past the window: the guest may write again.
  t.clock.advance(10_000);
  g.say({ action: 'echo', token: 'guest-7', message: { type: 'Text', text: 'later' } });
  expect((await g.next()).body).toMatchObject({ text: 'later' });
});
