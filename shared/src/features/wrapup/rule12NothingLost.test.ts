// Rule 12: drafts, the chosen code and notes survive a reload; a wrap-up that cannot be sent
// is retried until the platform confirms it, is shown pending meanwhile, and lands once.
import { createMemoryStorage } from '../../ports/storage';
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';
import { selectWrapupForm } from './wrapupSelectors';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

const codesLoaded = (core: Awaited<ReturnType<SimulatorSession['startCore']>>) =>
  waitFor(
    () => core.store.getState().wrapup.codesByQueue[SEED_IDS.queueSupport]?.status === 'loaded',
    {
      what: 'codes',
    },
  );

describe('rule 12: nothing is lost', () => {
  it('brings back the reply draft, the chosen code and the notes after a reload', async () => {
    const storage = createMemoryStorage();
    const before = await sim.startCore(SEED_IDS.agentAlex, { storage });
    const talking = await sim.pickUpNewChat(before, 'Draft Customer');
    before.api.typeReply(talking, 'Half-written answer…');
    const ended = await sim.startChat('Wrap Customer');
    await waitFor(() => before.store.getState().interactions.entities[ended], { what: 'alert' });
    before.api.pickUp(ended);
    await waitFor(
      () => before.store.getState().interactions.entities[ended]?.state === 'connected',
      {
        what: 'second pick-up',
      },
    );
    before.api.disconnect(ended);
    await waitFor(() => before.store.getState().wrapup.entities[ended]?.panelOpen, {
      what: 'the wrap-up panel',
    });
    await codesLoaded(before);
    before.api.chooseWrapupCode(ended, SEED_IDS.codeEscalated);
    before.api.writeNotes(ended, 'Escalated to tier 2');
    before.api.closeWrapup(ended);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await before.api.stop();

    const after = await sim.startCore(SEED_IDS.agentAlex, { storage, onQueue: false });
    expect(after.store.getState().compose.entities[talking]?.text).toBe('Half-written answer…');
    const form = selectWrapupForm(after.store.getState(), ended);
    expect(form).toMatchObject({ codeId: SEED_IDS.codeEscalated, notes: 'Escalated to tier 2' });
    expect(form?.closedWithoutDone).toBe(true);
    await waitFor(
      () => after.store.getState().interactions.entities[ended]?.state === 'disconnected',
      {
        what: 'the owed chat after the reload',
      },
    );
    expect(after.store.getState().wrapup.entities[ended]?.closedWithoutDone).toBe(true);
  });

  it('retries a wrap-up through 503s and 429s, shows it pending, and sends it once', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const cid = await sim.pickUpNewChat(core);
    core.api.disconnect(cid);
    await codesLoaded(core);
    core.api.chooseWrapupCode(cid, SEED_IDS.codeResolved);
    await sim.post('/sim/faults', { status: 503, count: 2 });
    core.api.finishWrapup(cid);
    await waitFor(() => selectWrapupForm(core.store.getState(), cid)?.submission === 'pending', {
      what: 'pending',
    });
    await sim.post('/sim/faults', { status: 429, count: 1, retryAfterSeconds: 1 });
    await waitFor(() => core.store.getState().interactions.entities[cid] === undefined, {
      what: 'the release',
      timeoutMs: 8_000,
    });
    const leg = sim.engine.conversation(cid).participants.find((p) => p.purpose === 'agent');
    expect(leg?.wrapup?.code).toBe(SEED_IDS.codeResolved);
    expect(core.store.getState().outbox.ids).toEqual([]);
  }, 15_000);

  it('finishes a wrap-up queued before a reload, exactly once', async () => {
    const storage = createMemoryStorage();
    const before = await sim.startCore(SEED_IDS.agentAlex, { storage });
    const cid = await sim.pickUpNewChat(before);
    before.api.disconnect(cid);
    await codesLoaded(before);
    before.api.chooseWrapupCode(cid, SEED_IDS.codeFollowUp);
    // The platform is down when Done is pressed, and the page goes away.
    await sim.post('/sim/faults', { status: 500, count: 50 });
    before.api.finishWrapup(cid);
    await waitFor(
      () =>
        before.store.getState().outbox.entities[before.store.getState().outbox.ids[0] ?? '']
          ?.attempts,
      {
        what: 'a failed attempt',
      },
    );
    await before.api.stop();
    expect(
      JSON.parse(storage.dump()[`acd-core:${SEED_IDS.agentAlex}:outbox`] ?? '[]'),
    ).toHaveLength(1);

    sim.engine.faults.clear();
    const after = await sim.startCore(SEED_IDS.agentAlex, { storage, onQueue: false });
    await waitFor(
      () =>
        after.store.getState().interactions.entities[cid] === undefined &&
        after.store.getState().connection.resyncs > 0,
      {
        what: 'the release after the reload',
      },
    );
    const leg = sim.engine.conversation(cid).participants.find((p) => p.purpose === 'agent');
    expect(leg?.wrapup?.code).toBe(SEED_IDS.codeFollowUp);
    await waitFor(() => after.store.getState().outbox.ids.length === 0, {
      what: 'an empty outbox',
    });
  });

  it('keeps the last words typed just before the core stops (inside the write debounce)', async () => {
    const storage = createMemoryStorage();
    const before = await sim.startCore(SEED_IDS.agentAlex, {
      storage,
      // Long enough that only the stop can write it.
      timings: { persistDebounceMs: 60_000 },
    });
    const talking = await sim.pickUpNewChat(before, 'Last Words');
    before.api.typeReply(talking, 'Typed a moment before the panel closed');
    await before.api.stop();

    const after = await sim.startCore(SEED_IDS.agentAlex, { storage, onQueue: false });
    expect(after.store.getState().compose.entities[talking]?.text).toBe(
      'Typed a moment before the panel closed',
    );
  });
});
