// The chat list does not depend on who signed in: the core asks for it beside the session, so
// a cold start shows the agent's chats after one round trip. The notification channel waits
// for the page to be idle after sign-in, so its request does not compete with the first
// render. The early list is only shown early: the resync after the topics are on the socket
// still decides.
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { defaultTimings } from '../../app/coreDeps';
import { waitFor } from '../../../testing/waitFor';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

/** A promise the test settles by hand. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

const CHAT_LIST = 'GET /api/v2/conversations/chats';
const MESSAGING_LIST = 'GET /api/v2/conversations/messages';
const CHANNEL = 'POST /api/v2/notifications/channels';
const isSubscription = (request: string) => request.endsWith('/subscriptions');

/** A chat the agent picked up in an earlier page, still connected on the platform. */
async function chatLeftConnected(): Promise<string> {
  const earlier = await sim.startCore();
  const cid = await sim.pickUpNewChat(earlier);
  await earlier.api.stop();
  return cid;
}

describe('start-up', () => {
  it('asks for the notification channel once the page is idle after sign-in, and uses it', async () => {
    const idle = gate();
    const idleWaits: number[] = [];
    const whenIdle = (maxWaitMs: number) => {
      idleWaits.push(maxWaitMs);
      return idle.opened;
    };
    const cid = await chatLeftConnected();
    const core = await sim.startCore(SEED_IDS.agentAlex, {
      whenIdle,
      onQueue: false,
      untilConnected: false,
    });
    await waitFor(() => core.store.getState().interactions.entities[cid]?.state === 'connected', {
      what: 'the chat from the early list',
    });
    // The list is shown and no channel is asked for while the page is busy (with its render).
    expect(idleWaits).toEqual([defaultTimings.firstChannelIdleMaxMs]);
    expect(core.requests).not.toContain(CHANNEL);
    expect(core.store.getState().connection.status).toBe('connecting');

    idle.open();
    await waitFor(() => core.store.getState().connection.status === 'connected', {
      what: 'the socket',
    });
    expect(core.requests.filter((r) => r === CHANNEL)).toHaveLength(1);
  });

  it('sends the session request first, the lists beside it, the channel after them', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex, { onQueue: false });
    const { requests } = core;
    expect(requests[0]).toBe('GET /api/v2/users/me');
    const channel = requests.indexOf(CHANNEL);
    // Both flavours' lists (chats, web messaging) leave before the channel.
    expect(requests.slice(1, channel).sort()).toEqual([CHAT_LIST, MESSAGING_LIST].sort());
  });

  it('asks for a new channel at once after a lost connection, without waiting for the page', async () => {
    let idleWaits = 0;
    const core = await sim.startCore(SEED_IDS.agentAlex, {
      whenIdle: () => {
        idleWaits += 1;
        return Promise.resolve();
      },
      onQueue: false,
    });
    const channelsBefore = core.requests.filter((r) => r === CHANNEL).length;
    await sim.post('/sim/faults', { dropSockets: true });
    await waitFor(() => core.requests.filter((r) => r === CHANNEL).length > channelsBefore, {
      what: 'the new channel',
    });
    await waitFor(() => core.store.getState().connection.status === 'connected', {
      what: 'the socket again',
    });
    expect(idleWaits).toBe(1);
  });

  it("shows the agent's chats before the socket is subscribed, then resyncs once it is", async () => {
    const cid = await chatLeftConnected();
    const topics = gate();
    const core = await sim.startCore(SEED_IDS.agentAlex, {
      around: async (request, send) => {
        if (isSubscription(request)) await topics.opened;
        return send();
      },
      onQueue: false,
      untilConnected: false,
    });
    const { requests } = core;

    await waitFor(() => requests.some(isSubscription), { what: 'the topics asked for' });
    await waitFor(() => core.store.getState().interactions.entities[cid]?.state === 'connected', {
      what: 'the chat from the early list',
    });
    expect(core.store.getState().connection.status).toBe('connecting');
    topics.open();
    await waitFor(() => core.store.getState().connection.status === 'connected', {
      what: 'the socket',
    });
    // The early list and the resync after the topics: the resync is still what decides.
    expect(requests.filter((r) => r === CHAT_LIST)).toHaveLength(2);
    expect(core.store.getState().interactions.ids).toEqual([cid]);
  });

  it('drops an early list that answers after the resync, so an older state never wins', async () => {
    const cid = await chatLeftConnected();
    const earlyAnswer = gate();
    let lists = 0;
    const around = async (request: string, send: () => Promise<Response>) => {
      if (request !== CHAT_LIST) return send();
      lists += 1;
      if (lists > 1) return send();
      // The early list is taken now (the chat not held) but answers only when released.
      const answer = await send();
      await earlyAnswer.opened;
      return answer;
    };
    const core = await sim.startCore(SEED_IDS.agentAlex, { around, onQueue: false });

    core.api.hold(cid);
    await waitFor(() => core.store.getState().interactions.entities[cid]?.held === true, {
      what: 'the hold',
    });
    earlyAnswer.open();
    await new Promise((resolve) => setTimeout(resolve, 300));

    const agentLeg = sim.engine
      .conversation(cid)
      .participants.find((p) => p.purpose === 'agent' && p.state === 'connected');
    expect(agentLeg?.held).toBe(true);
    expect(core.store.getState().interactions.entities[cid]?.held).toBe(true);
  });

  it('drops an early list that answers while the resync asks, so a chat that left stays gone', async () => {
    const cid = await chatLeftConnected();
    const earlyAnswer = gate();
    let lists = 0;
    let subscriptions = 0;
    /** A blind transfer to a queue, made by the agent's other client. */
    const transferAway = async () => {
      const leg = sim.engine
        .conversation(cid)
        .participants.find((p) => p.purpose === 'agent' && p.state === 'connected');
      const token = await sim.signIn(SEED_IDS.agentAlex);
      const path = `/api/v2/conversations/chats/${cid}/participants/${leg?.id ?? ''}/replace`;
      const response = await fetch(`${sim.server.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ queueId: SEED_IDS.queueSales }),
      });
      expect(response.ok).toBe(true);
    };
    const around = async (request: string, send: () => Promise<Response>) => {
      if (isSubscription(request)) {
        subscriptions += 1;
        // The chat leaves the agent before the topics are on the socket: no event tells it.
        if (subscriptions === 1) await transferAway();
        return send();
      }
      if (request !== CHAT_LIST) return send();
      lists += 1;
      if (lists > 1) {
        // The early list (the chat still connected) answers while the resync's list is asked.
        earlyAnswer.open();
        await new Promise((resolve) => setTimeout(resolve, 200));
        return send();
      }
      const answer = await send();
      await earlyAnswer.opened;
      return answer;
    };
    const core = await sim.startCore(SEED_IDS.agentAlex, { around, onQueue: false });
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(lists).toBe(2);
    expect(
      sim.engine
        .conversation(cid)
        .participants.some((p) => p.userId === SEED_IDS.agentAlex && p.state === 'connected'),
    ).toBe(false);
    expect(core.store.getState().interactions.entities[cid]).toBeUndefined();
  });
});
