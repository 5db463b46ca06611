// A reply reaches the customer once and the agent sees it as it is: an attempt whose answer
// was lost after its echo came back is recognised, not sent again; a reply the platform
// refused is still failed (with its Retry) after a reload; a Failed messaging line sent again
// is not sent a third time after a resync, nor again by a second client of the agent.
import { createMemoryStorage } from '../../ports/storage';
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';
import { messageOf } from '../messages/messagesSlice';
import type { TestCore } from '../../../testing/simulatorSession';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

const isSend = (request: string) =>
  request.startsWith('POST ') && /\/communications\/[^/]+\/messages$/.test(request);

/** The transcript lines of `cid` reading `body`, as the core holds them. */
function linesReading(core: TestCore, cid: string, body: string) {
  const transcript = core.store.getState().messages.entities[cid];
  if (transcript === undefined) return [];
  return transcript.messageIds
    .map((id) => messageOf(transcript, id))
    .filter((message) => message?.body === body);
}

/**
 * The history is in: the copies already shown are known before the first attempt. (Before it
 * loads, a lost answer is resent as it always was: a possible second copy, never a lost one.)
 */
const transcriptLoaded = (core: TestCore, cid: string) =>
  waitFor(() => core.store.getState().messages.entities[cid]?.loaded === true, {
    what: 'the transcript',
  });

/** How many copies of `body` the platform holds in `cid`, either flavour. */
function platformCopies(cid: string, body: string): number {
  const conversation = sim.engine.conversation(cid);
  const chat = conversation.messages.filter((m) => m.body === body).length;
  const messaging = conversation.messagingMessages.filter((m) => m.data.textBody === body).length;
  return chat + messaging;
}

describe('a reply lands once', () => {
  it.each([
    ['chat', 'pickUpNewChat'],
    ['web messaging', 'pickUpNewMessaging'],
  ] as const)(
    '%s: an attempt that landed, echoed, then lost its answer is not sent again',
    async (_flavour, pickUp) => {
      let loseNextAnswer = false;
      const core = await sim.startCore(SEED_IDS.agentAlex, {
        around: async (request, send) => {
          if (!loseNextAnswer || !isSend(request)) return send();
          loseNextAnswer = false;
          await (await send()).text();
          // The platform has it and says so on the socket before the answer goes missing.
          await new Promise((resolve) => setTimeout(resolve, 300));
          throw new TypeError('fetch failed');
        },
      });
      const cid = await sim[pickUp](core);
      await transcriptLoaded(core, cid);
      loseNextAnswer = true;
      core.api.typeReply(cid, 'Only once, please');
      core.api.sendReply(cid);

      await waitFor(() => core.store.getState().outbox.ids.length === 0, { what: 'the outbox' });
      // The lost attempt only: the retry found it on the platform.
      expect(core.requests.filter(isSend)).toHaveLength(1);
      expect(platformCopies(cid, 'Only once, please')).toBe(1);
      await waitFor(() => linesReading(core, cid, 'Only once, please').length === 1, {
        what: 'one line',
      });
      expect(linesReading(core, cid, 'Only once, please')[0]?.delivery).toBeUndefined();
    },
  );

  it('sends a reply again when the only identical one on the platform is an earlier reply', async () => {
    let loseNextAnswer = false;
    const core = await sim.startCore(SEED_IDS.agentAlex, {
      around: async (request, send) => {
        if (!loseNextAnswer || !isSend(request)) return send();
        loseNextAnswer = false;
        throw new TypeError('fetch failed'); // never reached the platform
      },
    });
    const cid = await sim.pickUpNewChat(core);
    await transcriptLoaded(core, cid);
    core.api.typeReply(cid, 'OK');
    core.api.sendReply(cid);
    await waitFor(() => core.store.getState().outbox.ids.length === 0, { what: 'the first OK' });
    loseNextAnswer = true;
    core.api.typeReply(cid, 'OK');
    core.api.sendReply(cid);

    await waitFor(() => core.store.getState().outbox.ids.length === 0, { what: 'the second OK' });
    expect(platformCopies(cid, 'OK')).toBe(2);
  });

  it('sends a refused reply on Retry even after a later one with the same text went out', async () => {
    let next: 'refuse' | 'lose' | 'send' = 'send';
    const core = await sim.startCore(SEED_IDS.agentAlex, {
      around: (request, send) => {
        if (!isSend(request) || next === 'send') return send();
        const fault = next;
        next = 'send';
        if (fault === 'lose') return Promise.reject(new TypeError('fetch failed'));
        return Promise.resolve(
          Response.json({ message: 'Refused', code: 'bad.request', status: 400 }, { status: 400 }),
        );
      },
    });
    const cid = await sim.pickUpNewChat(core);
    await transcriptLoaded(core, cid);
    next = 'refuse';
    core.api.typeReply(cid, 'OK');
    core.api.sendReply(cid);
    await waitFor(() => linesReading(core, cid, 'OK')[0]?.delivery === 'failed', {
      what: 'the refusal',
    });
    const refused = core.store.getState().outbox.ids[0] ?? '';
    core.api.typeReply(cid, 'OK');
    core.api.sendReply(cid);
    await waitFor(() => platformCopies(cid, 'OK') === 1, { what: 'the second OK' });

    // The agent's Retry of the first: that attempt never reaches the platform, the next does.
    next = 'lose';
    core.api.retryOutboxItem(refused);

    await waitFor(() => core.store.getState().outbox.ids.length === 0, { what: 'the Retry' });
    expect(platformCopies(cid, 'OK')).toBe(2);
    expect(linesReading(core, cid, 'OK').map((line) => line?.delivery)).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('shows a refused reply as failed, with its Retry, after a reload', async () => {
    const storage = createMemoryStorage();
    let refuse = false;
    const before = await sim.startCore(SEED_IDS.agentAlex, {
      storage,
      around: (request, send) => {
        if (!refuse || !isSend(request)) return send();
        refuse = false;
        return Promise.resolve(
          Response.json(
            { message: 'Refused by policy', code: 'bad.request', status: 400 },
            { status: 400 },
          ),
        );
      },
    });
    const cid = await sim.pickUpNewChat(before);
    refuse = true;
    before.api.typeReply(cid, 'Refused reply');
    before.api.sendReply(cid);
    await waitFor(() => linesReading(before, cid, 'Refused reply')[0]?.delivery === 'failed', {
      what: 'the refusal',
    });
    await new Promise((resolve) => setTimeout(resolve, 50)); // the debounced write
    await before.api.stop();

    const after = await sim.startCore(SEED_IDS.agentAlex, { storage, onQueue: false });
    expect(linesReading(after, cid, 'Refused reply').map((line) => line?.delivery)).toEqual([
      'failed',
    ]);
    expect(after.requests.filter(isSend)).toHaveLength(0);
  });

  it('does not send a resent messaging line again after a resync, nor from a second client', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const cid = await sim.pickUpNewMessaging(core);
    const second = await sim.startCore(SEED_IDS.agentAlex, { onQueue: false });
    const text = 'Your code is 1234';
    core.api.typeReply(cid, text);
    core.api.sendReply(cid);
    await waitFor(() => linesReading(core, cid, text)[0]?.messaging?.status === 'Sent', {
      what: 'Sent',
    });
    const failedId = linesReading(core, cid, text)[0]?.id ?? '';
    await sim.receipt(cid, 'Failed', failedId);
    await waitFor(() => linesReading(core, cid, text)[0]?.messaging?.status === 'Failed', {
      what: 'Failed',
    });
    core.api.resendMessage(cid, failedId);
    await waitFor(() => platformCopies(cid, text) === 2, { what: 'the resend' });
    await waitFor(() => linesReading(second, cid, text).length === 2, {
      what: 'both lines on the second client',
    });

    const resyncs = core.store.getState().connection.resyncs;
    await sim.post('/sim/faults', { dropSockets: true });
    await waitFor(() => core.store.getState().connection.resyncs > resyncs, { what: 'a resync' });
    await waitFor(() => core.store.getState().interactions.entities[cid] !== undefined, {
      what: 'the chat after the resync',
    });
    core.api.resendMessage(cid, failedId);
    second.api.resendMessage(cid, failedId);
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(platformCopies(cid, text)).toBe(2);
    const failedLine = (client: TestCore) =>
      linesReading(client, cid, text).find((line) => line?.id === failedId);
    expect(failedLine(core)?.resentAs).toBeDefined();
    expect(failedLine(second)?.resentAs).toBeDefined();
  });
});
