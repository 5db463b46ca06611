// Rule 2: the ringing choice belongs to one client. Turned off there, it stays off after a
// reload of that client, and another client of the same agent keeps ringing.
import { createMemoryStorage } from '../../ports/storage';
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';
import { parsePreferences } from './preferencesSaga';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

describe('rule 2: the ringing choice of a client', () => {
  it('stays as the agent left it after a reload, and only in that client', async () => {
    const storage = createMemoryStorage();
    const silenced = await sim.startCore(SEED_IDS.agentAlex, { storage });
    const other = await sim.startCore(SEED_IDS.agentAlex);
    silenced.api.changeSettings({ ringing: false, language: 'ja' });
    await waitFor(() => storedPreferences(storage) !== undefined, { what: 'the stored choice' });
    await silenced.api.stop();

    const reloaded = await sim.startCore(SEED_IDS.agentAlex, { storage });
    await waitFor(() => !reloaded.store.getState().settings.ringing, {
      what: 'ringing still off after the reload',
    });
    expect(reloaded.store.getState().settings.language).toBe('ja');
    expect(other.store.getState().settings.ringing).toBe(true);
  });

  it('ignores a stored choice it cannot read, field by field', () => {
    expect(parsePreferences('{"ringing":"no","language":"ja"}')).toEqual({ language: 'ja' });
    expect(parsePreferences('{"ringing":false,"language":"fr"}')).toEqual({ ringing: false });
    expect(parsePreferences('not json')).toEqual({});
    expect(parsePreferences(null)).toEqual({});
  });
});

/** What the core wrote under its (namespaced) preferences key. */
function storedPreferences(storage: ReturnType<typeof createMemoryStorage>): string | undefined {
  return Object.entries(storage.dump()).find(([key]) => key.endsWith('preferences'))?.[1];
}
