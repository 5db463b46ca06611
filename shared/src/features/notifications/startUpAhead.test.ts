// Neither the notification channel nor the chat list depends on who signed in: the core asks
// for both beside the session, so a cold start shows the agent's chats after one round trip
// and its socket is not one more round trip (and the first render) behind. The early list is
// only shown early: the resync after the topics are on the socket still decides.
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
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
const isSubscription = (request: string) => request.endsWith('/subscriptions');

/** A chat the agent picked up in an earlier page, still connected on the platform. */
async function chatLeftConnected(): Promise<string> {
  const earlier = await sim.startCore();
  const cid = await sim.pickUpNewChat(earlier);
  await earlier.api.stop();
  return cid;
}

describe('start-up', () => {
  it('asks for the notification channel while the session is still loading, and uses it', async () => {
    const channelAsked = gate();
    let sessionHeldForChannel = false;
    const around = async (request: string, send: () => Promise<Response>) => {
      if (request === 'POST /api/v2/notifications/channels') channelAsked.open();
      if (request === 'GET /api/v2/users/me') {
        // The session's answer waits for the channel request (or gives up after 2 s). The
        // timer is cleared: a pending one kept the jest worker alive past its exit.
        let giveUp: ReturnType<typeof setTimeout> | undefined;
        sessionHeldForChannel = await Promise.race([
          channelAsked.opened.then(() => true),
          new Promise<boolean>((resolve) => {
            giveUp = setTimeout(() => resolve(false), 2_000);
          }),
        ]);
        clearTimeout(giveUp);
      }
      return send();
    };

    const core = await sim.startCore(SEED_IDS.agentAlex, { around, onQueue: false });

    expect(sessionHeldForChannel).toBe(true);
    expect(core.store.getState().connection.status).toBe('connected');
    expect(core.requests.filter((r) => r === 'POST /api/v2/notifications/channels')).toHaveLength(
      1,
    );
  });

  it('sends the session request first: the rest of the start waits for its answer', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex, { onQueue: false });
    expect(core.requests.slice(0, 3)).toEqual([
      'GET /api/v2/users/me',
      'POST /api/v2/notifications/channels',
      CHAT_LIST,
    ]);
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
