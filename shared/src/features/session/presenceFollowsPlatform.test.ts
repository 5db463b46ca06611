// The status bar's presence follows the platform (issue 17: "not On Queue" must be true):
// a change made elsewhere (another client of the same agent) arrives on the socket.
import { SEED_IDS, startSimulator, type SimulatorSession } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';
import { parseNotification } from '../notifications/parseNotification';

let sim: SimulatorSession;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(() => sim.stop());

it('shows a presence another client of the same agent set', async () => {
  const here = await sim.startCore(SEED_IDS.agentAlex, { onQueue: false });
  const there = await sim.startCore(SEED_IDS.agentAlex, { onQueue: false });
  expect(here.store.getState().session.presence).toBe('Available');
  there.api.setPresence('On Queue');
  await waitFor(() => here.store.getState().session.presence === 'On Queue', {
    what: 'the presence from the socket',
  });
  there.api.setPresence('Away');
  await waitFor(() => here.store.getState().session.presence === 'Away', { what: 'Away' });
});

it('drops a presence frame of another user or of an unknown presence', () => {
  const frame = (user: string, systemPresence: unknown) =>
    JSON.stringify({
      topicName: `v2.users.${user}.presence`,
      eventBody: { presenceDefinition: { id: 'x', systemPresence } },
    });
  expect(parseNotification(frame('me', 'On Queue'), 'me')).toEqual({
    kind: 'presence',
    presence: 'On Queue',
  });
  expect(parseNotification(frame('other', 'On Queue'), 'me').kind).toBe('dropped');
  expect(parseNotification(frame('me', 'Sleeping'), 'me').kind).toBe('dropped');
  expect(parseNotification(frame('me', 'toString'), 'me').kind).toBe('dropped');
});
