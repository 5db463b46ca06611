// One live core on the loopback simulator, several views on it: one connection, one state,
// commands from any view, drafts shared.
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

it('views share the live core: alert, pick-up, draft and reply from different views', async () => {
  const core = await sim.startCore();
  const hub = createMemoryHub();
  const host = hostAgentCore(core, hub.connect());
  const sidebar1 = connectAgentView(hub.connect(), { helloIntervalMs: 20 });
  const sidebar2 = connectAgentView(hub.connect(), { helloIntervalMs: 20 });
  await Promise.all([sidebar1.api.start(), sidebar2.api.start()]);

  const cid = await sim.startChat('Jo Customer');
  await waitFor(() => sidebar1.store.getState().interactions.entities[cid]?.state === 'alerting');
  await waitFor(() => sidebar2.store.getState().interactions.entities[cid]?.state === 'alerting');

  sidebar2.api.pickUp(cid);
  await waitFor(() => sidebar1.store.getState().interactions.entities[cid]?.state === 'connected');

  sidebar1.api.typeReply(cid, 'Hi Jo, how can I help?');
  await waitFor(
    () => sidebar2.store.getState().compose.entities[cid]?.text === 'Hi Jo, how can I help?',
  );
  sidebar2.api.sendReply(cid);
  await waitFor(() =>
    sim.engine
      .conversation(cid)
      .messages.some((message) => message.body === 'Hi Jo, how can I help?'),
  );
  await waitFor(() => sidebar1.store.getState().compose.entities[cid] === undefined);

  // One connection for all the views.
  expect(sim.engine.snapshot().openSockets).toBe(1);

  // A sidebar opened mid-chat shows the chat at once.
  const late = connectAgentView(hub.connect(), { helloIntervalMs: 20 });
  await late.api.start();
  expect(late.store.getState().interactions.entities[cid]?.state).toBe('connected');

  // "Download diagnostics" in a view gives the file of the core where it runs, redacted.
  const file = await late.api.diagnostics();
  expect(JSON.parse(file)).toMatchObject({ format: 'acd-agent-diagnostics/1' });
  expect(file).toContain('connection connected');
  expect(file).not.toContain('Jo Customer');
  expect(file).not.toContain('how can I help');

  [sidebar1, sidebar2, late].forEach((view) => view.close());
  host.close();
});
