// A customer's message is never silently dropped (rule 7): when the bulk fetch of a new
// message's text fails, it is tried again with backoff for as long as the conversation is in
// the agent's list, with no further snapshot needed. Refused ids (a 404) are given up after a
// few tries, with a warning; a released conversation is fetched no more.
import {
  startSimulator,
  SEED_IDS,
  type SimulatorSession,
  type TestCore,
} from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';
import { selectUnreadCount } from '../messages/messageSelectors';
import { messageOf } from '../messages/messagesSlice';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

const isBulk = (request: string) =>
  /^POST \/api\/v2\/conversations\/messages\/[^/]+\/messages\/bulk$/.test(request);

const bodiesOf = (core: TestCore, cid: string) => {
  const transcript = core.store.getState().messages.entities[cid];
  return (transcript?.messageIds ?? []).map((id) => transcript && messageOf(transcript, id)?.body);
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A core whose bulk fetches answer `status` while `failing()` says so; counts those answers
 * and keeps the warnings it logs.
 */
async function coreFailingBulk(status: number, failing: () => boolean) {
  let failed = 0;
  const warnings: string[] = [];
  const core = await sim.startCore(SEED_IDS.agentAlex, {
    logger: { warn: (message) => warnings.push(message) },
    around: async (request, send) => {
      if (!isBulk(request) || !failing()) return send();
      failed += 1;
      return new Response(JSON.stringify({ message: 'Refused', status }), {
        status,
        headers: { 'Content-Type': 'application/json' },
      });
    },
  });
  return { core, failedSoFar: () => failed, warnings };
}

describe('a customer message whose text fails to be fetched', () => {
  it('appears, unread, after the bulk fetch failed 4 times with a 500, with no further snapshot', async () => {
    let failuresLeft = 0;
    const { core, failedSoFar } = await coreFailingBulk(500, () => {
      if (failuresLeft === 0) return false;
      failuresLeft -= 1;
      return true;
    });
    const cid = await sim.pickUpNewMessaging(core);
    await waitFor(() => selectUnreadCount(core.store.getState(), cid) === 1, { what: 'first' });
    failuresLeft = 4;
    await sim.customerSays(cid, 'Are you still there?');
    await waitFor(() => bodiesOf(core, cid).includes('Are you still there?'), {
      what: 'the message after the failures',
    });
    expect(failedSoFar()).toBe(4);
    expect(selectUnreadCount(core.store.getState(), cid)).toBe(2);
    expect(bodiesOf(core, cid).filter((b) => b === 'Are you still there?')).toHaveLength(1);
  });

  it('is fetched no more once the conversation leaves the list while the fetches fail', async () => {
    let failing = false;
    const { core, failedSoFar } = await coreFailingBulk(500, () => failing);
    const cid = await sim.pickUpNewMessaging(core);
    await waitFor(() => selectUnreadCount(core.store.getState(), cid) === 1, { what: 'first' });
    failing = true;
    await sim.customerSays(cid, 'Lost in the storm');
    // Still tried past the old limit of three attempts.
    await waitFor(() => failedSoFar() >= 12, { what: 'the retries', timeoutMs: 10_000 });
    core.api.disconnect(cid);
    await waitFor(() => core.store.getState().wrapup.entities[cid]?.panelOpen, { what: 'panel' });
    await waitFor(
      () => core.store.getState().wrapup.codesByQueue[SEED_IDS.queueSupport]?.status === 'loaded',
      { what: 'codes' },
    );
    core.api.chooseWrapupCode(cid, SEED_IDS.codeResolved);
    core.api.finishWrapup(cid);
    await waitFor(() => core.store.getState().interactions.entities[cid] === undefined, {
      what: 'released',
    });
    // A fetch in flight at the release may still be answered; none starts after it.
    await pause(250);
    const afterRelease = core.requests.filter(isBulk).length;
    await pause(800);
    expect(core.requests.filter(isBulk).length).toBe(afterRelease);
  });

  it('is given up with a warning after a few refusals (404), not asked for forever', async () => {
    let failing = false;
    const { core, failedSoFar, warnings } = await coreFailingBulk(404, () => failing);
    const cid = await sim.pickUpNewMessaging(core);
    await waitFor(() => selectUnreadCount(core.store.getState(), cid) === 1, { what: 'first' });
    failing = true;
    await sim.customerSays(cid, 'Deleted before it was read');
    await waitFor(() => warnings.some((w) => w.includes('given up')), { what: 'the give-up' });
    const refused = failedSoFar();
    expect(refused).toBeGreaterThanOrEqual(2);
    expect(refused).toBeLessThanOrEqual(5);
    await pause(800);
    expect(failedSoFar()).toBe(refused);
    expect(core.store.getState().interactions.entities[cid]).toBeDefined();
  });
});
