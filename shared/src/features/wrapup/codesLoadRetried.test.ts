// Without its queue's codes a wrap-up has no Done, and an open wrap-up blocks pick-up (rules
// 10, 11): one failed load must not leave the agent stuck until a reload. A failure the
// platform may get over is tried again; after the last try the agent's Retry (or Done, or
// reopening the panel) asks again.
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

const isCodesRequest = (request: string) => /\/participants\/[^/]+\/wrapupcodes$/.test(request);

/**
 * A core whose wrap-up code loads are answered with a 500 while `fails(n)` says so for the
 * n-th load (1: the load ahead of need when the chat connects).
 */
async function coreFailingCodes(fails: (n: number) => boolean) {
  let loads = 0;
  let failed = 0;
  const core = await sim.startCore(SEED_IDS.agentAlex, {
    around: async (request, send) => {
      if (!isCodesRequest(request)) return send();
      loads += 1;
      if (!fails(loads)) return send();
      failed += 1;
      return new Response(JSON.stringify({ message: 'Internal error' }), {
        status: 500,
        headers: { 'Content-Type': 'application/json' },
      });
    },
  });
  return { core, failedSoFar: () => failed };
}

const codesStatus = (core: Awaited<ReturnType<typeof coreFailingCodes>>['core']) =>
  core.store.getState().wrapup.codesByQueue[SEED_IDS.queueSupport]?.status;

describe('wrap-up codes that fail to load', () => {
  it('are asked for again after a 500 when the chat ends, and Done goes through', async () => {
    // Loaded ahead of need on connect; the load when the chat ends fails once.
    const { core, failedSoFar } = await coreFailingCodes((n) => n === 2);
    const cid = await sim.pickUpNewChat(core);
    await waitFor(() => codesStatus(core) === 'loaded', { what: 'the codes ahead of need' });
    core.api.disconnect(cid);
    await waitFor(() => failedSoFar() === 1, { what: 'the failed load' });
    await waitFor(() => codesStatus(core) === 'loaded', { what: 'the codes' });
    expect(failedSoFar()).toBe(1);
    core.api.chooseWrapupCode(cid, SEED_IDS.codeResolved);
    core.api.finishWrapup(cid);
    await waitFor(() => core.store.getState().interactions.entities[cid] === undefined, {
      what: 'the release',
    });
  });

  it('after every try failed, Retry brings them back and the agent can finish', async () => {
    const { core, failedSoFar } = await coreFailingCodes((n) => n <= 4);
    const cid = await sim.pickUpNewChat(core);
    core.api.disconnect(cid);
    await waitFor(() => codesStatus(core) === 'failed', { what: 'the codes failed' });
    expect(failedSoFar()).toBe(4);
    expect(core.store.getState().wrapup.codesByQueue[SEED_IDS.queueSupport]?.codes).toEqual([]);

    core.api.retryWrapupCodes(cid);
    await waitFor(() => codesStatus(core) === 'loaded', { what: 'the codes on Retry' });
    core.api.chooseWrapupCode(cid, SEED_IDS.codeResolved);
    core.api.finishWrapup(cid);
    await waitFor(() => core.store.getState().interactions.entities[cid] === undefined, {
      what: 'the release',
    });
  });

  it('after every try failed, Done says a code is needed and asks for the codes again', async () => {
    const { core } = await coreFailingCodes((n) => n <= 4);
    const cid = await sim.pickUpNewChat(core);
    core.api.disconnect(cid);
    await waitFor(() => codesStatus(core) === 'failed', { what: 'the codes failed' });
    core.api.finishWrapup(cid);
    await waitFor(() => selectWrapupForm(core.store.getState(), cid)?.error === 'noCode', {
      what: 'the no-code refusal',
    });
    await waitFor(() => codesStatus(core) === 'loaded', { what: 'the codes after Done' });
  });
});
