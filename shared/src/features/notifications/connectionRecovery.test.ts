// The socket comes back by itself, and nothing that happened while it was away is missed.
import {
  startSimulator,
  SEED_IDS,
  type SimulatorSession,
  type TestCore,
} from '../../../testing/simulatorSession';
import { createTappedSockets } from '../../../testing/tappedSocket';
import { waitFor } from '../../../testing/waitFor';
import { defaultTimings } from '../../app/coreDeps';
import { reconnectDelayMs } from './notificationSaga';
import { allMessagesById, type Transcript } from '../messages/messagesSlice';

const everyMessage = (t: Transcript | undefined) => (t === undefined ? {} : allMessagesById(t));

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

const bodies = (core: TestCore, cid: string) =>
  Object.values(everyMessage(core.store.getState().messages.entities[cid])).map((m) => m.body);

describe('connection recovery', () => {
  it('reconnects on a new channel after a drop and catches up on what it missed', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const cid = await sim.pickUpNewChat(core);
    const resyncs = core.store.getState().connection.resyncs;
    await sim.post('/sim/faults', { dropSockets: true });
    // Said while no socket listened: only the resync can bring it back.
    await sim.customerSays(cid, 'are you still there?');
    await sim.customerLeaves(cid);
    await waitFor(() => core.store.getState().connection.resyncs > resyncs, { what: 'a resync' });
    await waitFor(
      () => core.store.getState().interactions.entities[cid]?.state === 'disconnected',
      {
        what: 'the missed disconnect',
      },
    );
    await waitFor(() => bodies(core, cid).includes('are you still there?'), {
      what: 'the missed message',
    });
    expect(core.store.getState().connection.status).toBe('connected');
  });

  it('moves to a new channel when the platform announces socket_closing', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const resyncs = core.store.getState().connection.resyncs;
    await sim.post('/sim/faults', { socketClosing: true });
    await waitFor(() => core.store.getState().connection.resyncs > resyncs, { what: 'a resync' });
    const cid = await sim.pickUpNewChat(core);
    expect(core.store.getState().interactions.entities[cid]?.state).toBe('connected');
  });

  it('pings after one silent interval and replaces a socket silent for two', async () => {
    const tap = createTappedSockets();
    const core = await sim.startCore(SEED_IDS.agentAlex, { openSocket: tap.openSocket });
    const resyncs = core.store.getState().connection.resyncs;
    tap.muteOpenSockets();
    await waitFor(() => tap.sent.some((frame) => frame.includes('ping')), {
      what: 'a ping',
      timeoutMs: 3_000,
    });
    await waitFor(() => core.store.getState().connection.resyncs > resyncs, {
      what: 'a new socket',
      timeoutMs: 5_000,
    });
    expect(tap.socketsOpened()).toBe(2);
    const cid = await sim.pickUpNewChat(core);
    expect(core.store.getState().interactions.entities[cid]?.state).toBe('connected');
  });

  it('reads the presence again after a drop: a change made while no socket listened shows', async () => {
    let releaseChannel: () => void = () => undefined;
    const channelReleased = new Promise<void>((resolve) => {
      releaseChannel = resolve;
    });
    let holdChannels = false;
    const here = await sim.startCore(SEED_IDS.agentAlex, {
      around: async (request, send) => {
        if (holdChannels && request === 'POST /api/v2/notifications/channels') {
          await channelReleased;
        }
        return send();
      },
    });
    expect(here.store.getState().session.presence).toBe('On Queue');
    const resyncs = here.store.getState().connection.resyncs;
    holdChannels = true;
    const channelsBefore = here.requests.length;
    await sim.post('/sim/faults', { dropSockets: true });
    await waitFor(
      () => here.requests.slice(channelsBefore).includes('POST /api/v2/notifications/channels'),
      { what: 'the new channel asked for' },
    );
    // The agent's other client goes Away while this one has no socket: no event reaches it.
    const there = await sim.startCore(SEED_IDS.agentAlex, { onQueue: false });
    there.api.setPresence('Away');
    await waitFor(() => there.store.getState().session.presence === 'Away', { what: 'Away' });
    expect(here.store.getState().session.presence).toBe('On Queue');

    releaseChannel();
    await waitFor(() => here.store.getState().connection.resyncs > resyncs, { what: 'a resync' });
    await waitFor(() => here.store.getState().session.presence === 'Away', {
      what: 'the presence read after the reconnect',
      timeoutMs: 2_000,
    });
    expect(here.store.getState().session.routingStatus).toBe('OFF_QUEUE');
  });

  it('reconnects when the presence cannot be read again, keeping the presence it showed', async () => {
    let refuseMe = false;
    const warnings: string[] = [];
    const core = await sim.startCore(SEED_IDS.agentAlex, {
      logger: { warn: (message) => warnings.push(message) },
      around: (request, send) =>
        refuseMe && request === 'GET /api/v2/users/me'
          ? Promise.resolve(
              new Response(JSON.stringify({ message: 'Refused', status: 404 }), {
                status: 404,
                headers: { 'Content-Type': 'application/json' },
              }),
            )
          : send(),
    });
    const resyncs = core.store.getState().connection.resyncs;
    refuseMe = true;
    await sim.post('/sim/faults', { dropSockets: true });
    await waitFor(() => core.store.getState().connection.resyncs > resyncs, { what: 'a resync' });
    expect(core.store.getState().connection.status).toBe('connected');
    expect(core.store.getState().session.presence).toBe('On Queue');
    expect(warnings.some((w) => w.startsWith('presence not resynced'))).toBe(true);
  });

  it('does not wait for a slow presence read: the chats resync and flow', async () => {
    let holdMe = false;
    const core = await sim.startCore(SEED_IDS.agentAlex, {
      around: (request, send) =>
        holdMe && request === 'GET /api/v2/users/me'
          ? new Promise<Response>((resolve) => setTimeout(() => resolve(send()), 2_500))
          : send(),
    });
    const resyncs = core.store.getState().connection.resyncs;
    holdMe = true;
    await sim.post('/sim/faults', { dropSockets: true });
    // Sooner than the read's answer (2.5 s), which the resync used to wait for.
    await waitFor(() => core.store.getState().connection.resyncs > resyncs, {
      what: 'a resync',
      timeoutMs: 2_000,
    });
    await waitFor(() => core.store.getState().connection.status === 'connected', {
      what: 'connected again',
      timeoutMs: 2_000,
    });
    // Events flow: a chat routed now alerts.
    const cid = await sim.startChat('After the drop');
    await waitFor(() => core.store.getState().interactions.entities[cid], { what: 'the alert' });
  });

  it('backs off with doubling, capped, jittered delays', () => {
    const timings = { reconnectBaseMs: 1000, reconnectMaxMs: 30_000 };
    const at = (attempt: number, random: number) =>
      reconnectDelayMs(attempt, {
        timings: { ...defaultTimings, ...timings },
        random: () => random,
      });
    expect([1, 2, 3, 4].map((n) => at(n, 1))).toEqual([1000, 2000, 4000, 8000]);
    expect(at(10, 1)).toBe(30_000);
    expect(at(10, 0)).toBe(15_000);
    expect(at(1, 0.5)).toBe(750);
  });
});
