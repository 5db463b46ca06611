// The leading page closes and another starts a new core (extension panels, Zendesk tabs): the
// views that stay follow the new core on the live simulator, with the chat window and the
// typed reply they showed, and a reply sent afterwards reaches the customer once.
import { startSimulator, type SimulatorSession } from '../../testing/simulatorSession';
import { waitFor } from '../../testing/waitFor';
import { connectAgentView, hostAgentCore } from './agentRemote';
import { createMemoryHub } from './transport';

let sim: SimulatorSession;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.stop();
});

it('a view follows the core that takes over, keeps its open chat and draft, and replies once', async () => {
  const hub = createMemoryHub();
  const first = await sim.startCore();
  const firstHost = hostAgentCore(first, hub.connect());
  // The view stays while the page that ran the first core closes.
  const view = connectAgentView(hub.connect(), { helloIntervalMs: 10_000 });
  await view.api.start();

  const cid = await sim.pickUpNewChat(first);
  await waitFor(() => view.store.getState().interactions.entities[cid]?.state === 'connected');
  view.api.selectChat(cid);
  await waitFor(() => view.store.getState().interactions.selectedId === cid);
  view.api.typeReply(cid, 'Checking your order now');
  await waitFor(() => first.store.getState().compose.entities[cid]?.text !== undefined);

  // The leading page goes away: no goodbye, its connection just ends.
  firstHost.close();
  await first.api.stop();
  const second = await sim.startCore(undefined, { onQueue: false });
  const secondHost = hostAgentCore(second, hub.connect());

  // The view follows the new core and gets back what it showed.
  await waitFor(() => secondHost.viewCount() === 1, { what: 'the resync' });
  await waitFor(() => second.store.getState().interactions.selectedId === cid, {
    what: 'the chat window reopened in the new core',
  });
  await waitFor(
    () => second.store.getState().compose.entities[cid]?.text === 'Checking your order now',
    { what: 'the draft restored' },
  );
  await waitFor(() => view.store.getState().interactions.openIds.includes(cid));

  // A message the customer sends afterwards shows in the view.
  await sim.customerSays(cid, 'Order 1234, thanks');
  await waitFor(() => JSON.stringify(view.store.getState().messages).includes('Order 1234'), {
    what: 'the customer message in the view',
  });

  // A reply from the view reaches the customer, once.
  view.api.typeReply(cid, 'It ships today');
  view.api.sendReply(cid);
  await waitFor(() =>
    sim.engine.conversation(cid).messages.some((message) => message.body === 'It ships today'),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(
    sim.engine.conversation(cid).messages.filter((message) => message.body === 'It ships today'),
  ).toHaveLength(1);
  expect(sim.engine.snapshot().openSockets).toBe(1);

  view.close();
  secondHost.close();
});
