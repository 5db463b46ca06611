// A long, unlucky shift: 1,000 events with 20 socket drops and one API call in ten failing
// (500, 503 or 429), over a mix of ACD chats and web messaging conversations. At the end the
// core agrees with the platform, and every reply and wrap-up the agent sent landed exactly
// once.
import { isActiveForAgent, toChatConversation } from '@acd/mocks/engine/conversationModel';
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';
import { interactionFromSnapshot } from '../interactions/interactionFromSnapshot';

const EVENTS = 1_000;
const DROPS = 20;
const FAULT_RATE = 0.1;

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

it('ends a 1,000-event faulty session in agreement with the platform, nothing sent twice', async () => {
  const random = seeded(20261125);
  const pick = <T>(items: readonly T[]): T | undefined =>
    items[Math.floor(random() * items.length)];
  const core = await sim.startCore(SEED_IDS.agentAlex);
  const state = () => core.store.getState();
  const started: string[] = [];
  const replies: string[] = [];
  const wrapped = new Set<string>();
  // Replies the platform refused for good (the customer had already left) never land.
  const refused = new Set<string>();
  const unsubscribe = core.store.subscribe(() => {
    for (const item of Object.values(core.store.getState().outbox.entities)) {
      if (item.state === 'failed' && item.payload.kind === 'message')
        refused.add(item.payload.body);
    }
  });
  let faults = 0;
  let drops = 0;

  for (let event = 0; event < EVENTS; event += 1) {
    if (event > 0 && event % (EVENTS / DROPS) === 0) {
      await sim.post('/sim/faults', { dropSockets: true });
      drops += 1;
    } else if (random() < FAULT_RATE) {
      const status = pick([500, 503, 429] as const) ?? 500;
      sim.engine.faults.arm({ status, count: 1, retryAfterSeconds: 0 });
      faults += 1;
    }
    const interactions = Object.values(state().interactions.entities);
    const alerting = interactions.filter((i) => i.state === 'alerting');
    const connected = interactions.filter((i) => i.state === 'connected');
    const owed = interactions.filter(
      (i) =>
        i.state === 'disconnected' &&
        i.wrapup === undefined &&
        state().wrapup.entities[i.id]?.submission !== 'pending',
    );
    const roll = random();
    const live = started.filter((cid) => sim.engine.conversation(cid).endTime === undefined);
    if (owed.length > 0 && roll < 0.3) {
      const chat = owed[0];
      if (chat !== undefined && state().wrapup.codesByQueue[chat.queue.id]?.status === 'loaded') {
        core.api.chooseWrapupCode(chat.id, SEED_IDS.codeResolved);
        core.api.finishWrapup(chat.id);
        wrapped.add(chat.id);
      }
    } else if (roll < 0.4 && live.length < 6) {
      // Half chats, half web messaging conversations (an org migrating has both).
      const kind = random() < 0.5 ? '/sim/chats' : '/sim/messaging';
      const cid = (await sim.post(kind, {
        queueId: SEED_IDS.queueSupport,
        customerName: `Customer ${event}`,
      })) as { conversationId: string };
      started.push(cid.conversationId);
    } else if (roll < 0.55 && alerting.length > 0) {
      const chat = pick(alerting);
      if (chat !== undefined) core.api.pickUp(chat.id);
    } else if (roll < 0.75 && connected.length > 0) {
      const chat = pick(connected);
      if (chat !== undefined) {
        const body = `reply ${event}`;
        core.api.typeReply(chat.id, body);
        core.api.sendReply(chat.id);
        if (state().compose.entities[chat.id] === undefined) replies.push(body);
      }
    } else if (roll < 0.85 && live.length > 0) {
      const cid = pick(live);
      if (cid !== undefined)
        await sim.customerSays(cid, `customer ${event}`).catch(() => undefined);
    } else if (roll < 0.93 && connected.length > 0) {
      const chat = pick(connected);
      if (chat !== undefined) core.api.disconnect(chat.id);
    } else if (live.length > 0) {
      const cid = pick(live);
      if (cid !== undefined) await sim.customerLeaves(cid).catch(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  sim.engine.faults.clear();

  const stillOwed = () =>
    JSON.stringify({
      connection: state().connection.status,
      outbox: Object.values(state().outbox.entities).map((item) => ({
        kind: item.payload.kind,
        state: item.state,
        attempts: item.attempts,
        nextInMs: item.nextAttemptAt - Date.now(),
        uncertain: item.uncertain,
        lastError: item.lastError,
      })),
      wrapupsPending: Object.values(state().wrapup.entities)
        .filter((form) => form.submission === 'pending')
        .map((form) => form.id),
    });
  // Let the outbox drain, and finish whatever wrap-ups are still owed.
  await waitFor(
    () => {
      for (const i of Object.values(state().interactions.entities)) {
        if (i.state === 'disconnected' && state().wrapup.entities[i.id]?.submission !== 'pending') {
          core.api.chooseWrapupCode(i.id, SEED_IDS.codeResolved);
          core.api.finishWrapup(i.id);
          wrapped.add(i.id);
        }
      }
      return state().outbox.ids.length === 0 && state().connection.status === 'connected';
    },
    { what: 'a drained outbox', timeoutMs: 30_000, intervalMs: 50 },
  ).catch((error: unknown) => {
    // It drains within a few seconds, even on a loaded machine: a timeout (once in CI run 44)
    // is worth its details, for the next run that meets it.
    throw new Error(`${String(error)}; still owed: ${stillOwed()}`);
  });
  const platformView = () =>
    started
      .map((cid) => sim.engine.conversation(cid))
      .filter((c) =>
        c.participants.some((p) => p.userId === SEED_IDS.agentAlex && isActiveForAgent(p)),
      )
      .map((c) => interactionFromSnapshot(toChatConversation(c), SEED_IDS.agentAlex))
      .map((i) => ({ id: i?.id, state: i?.state, held: i?.held }))
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const coreView = () =>
    Object.values(state().interactions.entities)
      .map((i) => ({ id: i.id, state: i.state, held: i.held }))
      .sort((a, b) => a.id.localeCompare(b.id));
  await waitFor(() => JSON.stringify(coreView()) === JSON.stringify(platformView()), {
    what: 'the core to agree with the platform',
    timeoutMs: 10_000,
  });

  const agentLines = started
    .flatMap((cid) => {
      const c = sim.engine.conversation(cid);
      return c.media === 'message'
        ? c.messagingMessages.map((m) => m.data.textBody)
        : c.messages.map((m) => m.body);
    })
    .filter((body) => body.startsWith('reply '));
  const kinds = new Set(started.map((cid) => sim.engine.conversation(cid).media));
  unsubscribe();
  for (const body of replies) {
    expect(agentLines.filter((line) => line === body)).toHaveLength(refused.has(body) ? 0 : 1);
  }
  expect(agentLines).toHaveLength(replies.length - refused.size);
  for (const cid of wrapped) {
    const legs = sim.engine
      .conversation(cid)
      .participants.filter((p) => p.userId === SEED_IDS.agentAlex && p.wrapup !== undefined);
    expect(legs.length).toBeLessThanOrEqual(1);
  }
  expect([...kinds].sort()).toEqual(['chat', 'message']);
  // The core's transcripts hold no message twice (a burst's bulk fetch, a resync, a retry).
  for (const transcript of Object.values(state().messages.entities)) {
    expect(new Set(transcript.messageIds).size).toBe(transcript.messageIds.length);
  }
  expect(drops).toBe(DROPS - 1);
  expect(faults).toBeGreaterThan(50);
  expect(replies.length).toBeGreaterThan(20);
  expect(wrapped.size).toBeGreaterThan(5);
}, 180_000);
