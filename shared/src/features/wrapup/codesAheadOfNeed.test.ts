// A connected chat's wrap-up codes are fetched ahead of need, so the panel is ready the moment
// the chat ends. Ahead of need means after the list that brought the chat: on a cold start the
// request leaves once the list is in the store (and rendered), never in the same turn, and the
// early list plus the resync that follows it ask only once.
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

const isCodesRequest = (request: string) => request.endsWith('/wrapupcodes');

it('asks for a connected chat’s codes after the list shows it, once, and has them before it ends', async () => {
  const earlier = await sim.startCore();
  const cid = await sim.pickUpNewChat(earlier);
  await earlier.api.stop();

  const core = await sim.startCore(SEED_IDS.agentAlex, {
    onQueue: false,
    untilConnected: false,
    timings: { aheadOfNeedDelayMs: 200 },
  });
  // What had been asked by the end of the task in which the store first held the chat as
  // connected: that task renders the list, so nothing it does not need should run in it.
  let shownSeen = false;
  let askedWhenShown: string[] | undefined;
  const unsubscribe = core.store.subscribe(() => {
    if (shownSeen || core.store.getState().interactions.entities[cid]?.state !== 'connected') {
      return;
    }
    shownSeen = true;
    setTimeout(() => {
      askedWhenShown = [...core.requests];
    }, 0);
  });

  await waitFor(() => askedWhenShown !== undefined, { what: 'the chat in the list' });
  await waitFor(() => core.store.getState().connection.status === 'connected', {
    what: 'the socket',
  });
  const queueId = core.store.getState().interactions.entities[cid]?.queue.id ?? '';
  await waitFor(() => core.store.getState().wrapup.codesByQueue[queueId]?.status === 'loaded', {
    what: 'the codes fetched ahead',
  });
  unsubscribe();

  expect(askedWhenShown?.filter(isCodesRequest)).toEqual([]);
  expect(core.requests.filter(isCodesRequest)).toHaveLength(1);
});

it('asks once for a queue’s codes when the list brings several of its chats', async () => {
  const earlier = await sim.startCore();
  const chats = [
    await sim.pickUpNewChat(earlier, 'Ann'),
    await sim.pickUpNewChat(earlier, 'Ben'),
    await sim.pickUpNewChat(earlier, 'Cho'),
  ];
  await earlier.api.stop();

  const core = await sim.startCore(SEED_IDS.agentAlex, { onQueue: false });
  const queueId = core.store.getState().interactions.entities[chats[0] ?? '']?.queue.id ?? '';
  await waitFor(() => core.store.getState().wrapup.codesByQueue[queueId]?.status === 'loaded', {
    what: 'the codes fetched ahead',
  });
  // Settled: the early list and the resync after the socket's topics have both been seen.
  await new Promise((resolve) => setTimeout(resolve, 200));

  expect(chats.map((cid) => core.store.getState().interactions.entities[cid]?.state)).toEqual([
    'connected',
    'connected',
    'connected',
  ]);
  expect(core.requests.filter(isCodesRequest)).toHaveLength(1);
});
