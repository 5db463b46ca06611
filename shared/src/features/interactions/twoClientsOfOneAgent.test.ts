// Two clients of the same agent (say the standalone page and the Salesforce utility bar)
// against one platform converge through its events alone.
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';
import { selectUnreadCount } from '../messages/messageSelectors';
import { allMessagesById, type Transcript } from '../messages/messagesSlice';

const everyMessage = (t: Transcript | undefined) => (t === undefined ? {} : allMessagesById(t));

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

async function twoClientsWithAChat() {
  const first = await sim.startCore(SEED_IDS.agentAlex);
  const second = await sim.startCore(SEED_IDS.agentAlex, { onQueue: false });
  const cid = await sim.pickUpNewChat(first);
  await waitFor(() => second.store.getState().interactions.entities[cid]?.state === 'connected', {
    what: 'the chat in the second client',
  });
  return { first, second, cid };
}

describe('two clients of the same agent', () => {
  it('clears the burst in both when one replies', async () => {
    const { first, second, cid } = await twoClientsWithAChat();
    await sim.customerSays(cid, 'Hello?');
    await waitFor(
      () =>
        selectUnreadCount(first.store.getState(), cid) === 2 &&
        selectUnreadCount(second.store.getState(), cid) === 2,
      { what: 'the burst in both' },
    );
    second.api.typeReply(cid, 'Right here.');
    second.api.sendReply(cid);
    await waitFor(() => selectUnreadCount(first.store.getState(), cid) === 0, {
      what: 'the burst cleared in the other client',
    });
    expect(selectUnreadCount(second.store.getState(), cid)).toBe(0);
    const lines = (core: typeof first) =>
      Object.values(everyMessage(core.store.getState().messages.entities[cid])).filter(
        (m) => m.body === 'Right here.',
      );
    await waitFor(() => lines(first).length === 1, { what: 'the reply in the other client' });
    expect(lines(second)).toHaveLength(1);
  });

  it('shows a hold made in one client as held in both', async () => {
    const { first, second, cid } = await twoClientsWithAChat();
    first.api.hold(cid);
    await waitFor(() => second.store.getState().interactions.entities[cid]?.held, {
      what: 'held in the other client',
    });
    expect(first.store.getState().interactions.entities[cid]?.held).toBe(true);
  });

  it('releases the chat in both when one finishes the wrap-up', async () => {
    const { first, second, cid } = await twoClientsWithAChat();
    first.api.disconnect(cid);
    await waitFor(
      () => second.store.getState().interactions.entities[cid]?.state === 'disconnected',
      {
        what: 'the wrap-up in the other client',
      },
    );
    await waitFor(
      () => second.store.getState().wrapup.codesByQueue[SEED_IDS.queueSupport]?.status === 'loaded',
      { what: 'codes' },
    );
    second.api.chooseWrapupCode(cid, SEED_IDS.codeResolved);
    second.api.finishWrapup(cid);
    await waitFor(
      () =>
        first.store.getState().interactions.entities[cid] === undefined &&
        second.store.getState().interactions.entities[cid] === undefined,
      { what: 'the release in both' },
    );
    expect(first.store.getState().wrapup.entities[cid]).toBeUndefined();
  });
});
