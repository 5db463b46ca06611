// A CRM write that never answers (ZAF's client.request and an Apex call have no timer) counts
// as a failed attempt after crmCallTimeoutMs: it is retried, and after the last try the log is
// kept with a Retry on its notice, never left "sending" for ever.
import type { CrmAdapter } from '../../ports/crmAdapter';
import { createRecordingCrm } from '../../../testing/recordingCrm';
import {
  startSimulator,
  SEED_IDS,
  testTimings,
  type SimulatorSession,
  type TestCore,
} from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

/** A recording CRM whose first `hang` logs never answer. */
function crmHangingLogs(hang: number) {
  const recording = createRecordingCrm();
  const tries = { logs: 0 };
  let hanging = hang;
  const crm: CrmAdapter = {
    ...recording.crm,
    logInteraction: (log) => {
      tries.logs += 1;
      if (hanging > 0) {
        hanging -= 1;
        return new Promise(() => undefined);
      }
      return recording.crm.logInteraction(log);
    },
  };
  return {
    crm,
    calls: recording.calls,
    tries,
    answerAgain: () => {
      hanging = 0;
    },
  };
}

async function finishWithLog(core: TestCore, notes: string) {
  const cid = await sim.pickUpNewChat(core);
  core.api.disconnect(cid);
  await waitFor(
    () => core.store.getState().wrapup.codesByQueue[SEED_IDS.queueSupport]?.status === 'loaded',
    { what: 'codes' },
  );
  core.api.chooseWrapupCode(cid, SEED_IDS.codeResolved);
  core.api.writeNotes(cid, notes);
  core.api.finishWrapup(cid);
  return cid;
}

const crmLogFailed = (core: TestCore) =>
  Object.values(core.store.getState().notices.entities).find(
    (notice) => notice.key === 'notice.crmLogFailed',
  );

describe('a CRM log that never answers', () => {
  it('is retried after the timeout and recorded once', async () => {
    const fake = crmHangingLogs(1);
    const core = await sim.startCore(SEED_IDS.agentAlex, {
      crm: fake.crm,
      settings: { callLogging: true },
    });
    const cid = await finishWithLog(core, 'Answered on the second try');
    await waitFor(() => fake.calls.logs.length === 1, { what: 'the log after the timeout' });
    await waitFor(() => core.store.getState().outbox.ids.length === 0, { what: 'an empty outbox' });
    expect(fake.tries.logs).toBe(2);
    expect(fake.calls.logs).toHaveLength(1);
    expect(fake.calls.logs[0]).toMatchObject({
      conversationId: cid,
      notes: 'Answered on the second try',
    });
    expect(core.store.getState().crm.entities[cid]?.loggedRecordId).toBe('record-1');
    expect(crmLogFailed(core)).toBeUndefined();
  });

  it('after the last try keeps the log, failed, with a Retry on its notice', async () => {
    const fake = crmHangingLogs(Infinity);
    const core = await sim.startCore(SEED_IDS.agentAlex, {
      crm: fake.crm,
      settings: { callLogging: true },
    });
    await finishWithLog(core, 'Only in the CRM');
    const notice = await waitFor(() => crmLogFailed(core), { what: 'the notice after five tries' });
    expect(notice.retryId).toBeDefined();
    expect(notice.detail).toBe(
      `The CRM did not answer in ${testTimings.crmCallTimeoutMs / 1000} s`,
    );
    expect(fake.tries.logs).toBe(5);
    const item = core.store.getState().outbox.entities[notice.retryId ?? ''];
    expect(item).toMatchObject({ state: 'failed', attempts: 5 });
    expect(fake.calls.logs).toHaveLength(0);

    // The CRM answers again: the agent's Retry sends the log.
    fake.answerAgain();
    core.api.retryOutboxItem(notice.retryId ?? '');
    await waitFor(() => fake.calls.logs.length === 1, { what: 'the log on Retry' });
    expect(fake.calls.logs[0]?.notes).toBe('Only in the CRM');
    await waitFor(() => core.store.getState().outbox.ids.length === 0, { what: 'an empty outbox' });
  });
});
