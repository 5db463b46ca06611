// Rule 7: a customer message shows an unread burst with its count; it clears when the
// agent replies or clicks New message, in every client of the same agent.
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';
import { selectFirstUnreadId, selectUnreadCount } from './messageSelectors';
import { messageOf } from './messagesSlice';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

async function connectedChat() {
  const core = await sim.startCore(SEED_IDS.agentAlex);
  return { core, cid: await sim.pickUpNewChat(core) };
}

describe('rule 7: new-message burst', () => {
  it('counts customer messages as unread and points New message at the first of them', async () => {
    const { core, cid } = await connectedChat();
    // The first message came with the chat.
    await waitFor(() => selectUnreadCount(core.store.getState(), cid) === 1, {
      what: 'first unread',
    });
    await sim.customerSays(cid, 'Are you there?');
    await sim.customerSays(cid, '<img src=x onerror=alert(1)>');
    await waitFor(() => selectUnreadCount(core.store.getState(), cid) === 3, {
      what: 'three unread',
    });
    const first = selectFirstUnreadId(core.store.getState(), cid) ?? '';
    const transcript = core.store.getState().messages.entities[cid];
    expect(transcript && messageOf(transcript, first)?.body).toBe('Hello, anyone there?');
  });

  it('clears the burst when the agent clicks New message, and records it on the platform', async () => {
    const { core, cid } = await connectedChat();
    await waitFor(() => selectUnreadCount(core.store.getState(), cid) === 1, { what: 'unread' });
    core.api.markNewMessagesSeen(cid);
    expect(selectUnreadCount(core.store.getState(), cid)).toBe(0);
    await waitFor(
      () =>
        sim.engine.conversation(cid).participants.find((p) => p.purpose === 'agent')?.attributes[
          'acd.lastSeenMessageId'
        ],
      { what: 'platform attribute' },
    );
    await sim.customerSays(cid, 'One more thing');
    await waitFor(() => selectUnreadCount(core.store.getState(), cid) === 1, {
      what: 'new unread',
    });
  });

  it('clears the burst when the agent replies', async () => {
    const { core, cid } = await connectedChat();
    await sim.customerSays(cid, 'Hello?');
    await waitFor(() => selectUnreadCount(core.store.getState(), cid) === 2, { what: 'unread' });
    core.api.typeReply(cid, 'Hi! Looking into it.');
    core.api.sendReply(cid);
    await waitFor(() => selectUnreadCount(core.store.getState(), cid) === 0, { what: 'cleared' });
  });

  it('clears in every client of the same agent', async () => {
    const { core, cid } = await connectedChat();
    const second = await sim.startCore(SEED_IDS.agentAlex, { onQueue: false });
    await sim.customerSays(cid, 'Hello?');
    await waitFor(() => selectUnreadCount(second.store.getState(), cid) === 2, {
      what: 'burst on the second',
    });
    await waitFor(() => selectUnreadCount(core.store.getState(), cid) === 2, {
      what: 'burst on the first',
    });
    second.api.typeReply(cid, 'Replying from the other client');
    second.api.sendReply(cid);
    await waitFor(() => selectUnreadCount(core.store.getState(), cid) === 0, {
      what: 'cleared in the first',
    });
  });
});
