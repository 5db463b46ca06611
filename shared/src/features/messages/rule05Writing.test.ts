// Rule 5: replies are sent from the window; nothing empty is sent; an over-long reply is
// refused with a reason and the typed text is kept.
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';
import { lineSource, selectTranscript } from './messageSelectors';
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
  const cid = await sim.pickUpNewChat(core);
  core.api.selectChat(cid);
  return { core, cid };
}

const agentMessagesOnPlatform = (sim: SimulatorSession, cid: string) => {
  const conversation = sim.engine.conversation(cid);
  const agentComms = new Set(
    conversation.participants.filter((p) => p.purpose === 'agent').map((p) => p.commId),
  );
  return conversation.messages.filter(
    (m) => m.bodyType === 'standard' && agentComms.has(m.sender.id),
  );
};

describe('rule 5: writing', () => {
  it('sends a reply once and shows it in the transcript as the agent’s line', async () => {
    const { core, cid } = await connectedChat();
    core.api.typeReply(cid, 'こんにちは、ご用件をどうぞ。');
    core.api.sendReply(cid);
    expect(core.store.getState().compose.entities[cid]).toBeUndefined();
    await waitFor(() => agentMessagesOnPlatform(sim, cid).length === 1, {
      what: 'platform message',
    });
    const transcript = await waitFor(
      () => {
        const t = selectTranscript(core.store.getState(), cid);
        const last = t && messageOf(t, t.messageIds[t.messageIds.length - 1] ?? '');
        return last?.delivery === undefined && last?.body === 'こんにちは、ご用件をどうぞ。'
          ? t
          : undefined;
      },
      { what: 'confirmed line' },
    );
    const last = messageOf(
      transcript,
      transcript.messageIds[transcript.messageIds.length - 1] ?? '',
    );
    expect(last === undefined ? undefined : lineSource(transcript, last)).toBe('agent');
    expect(agentMessagesOnPlatform(sim, cid)).toHaveLength(1);
  });

  it('does not send an empty or whitespace-only reply', async () => {
    const { core, cid } = await connectedChat();
    core.api.typeReply(cid, '   \n ');
    core.api.sendReply(cid);
    expect(core.store.getState().compose.entities[cid]).toMatchObject({
      text: '   \n ',
      error: 'empty',
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(agentMessagesOnPlatform(sim, cid)).toHaveLength(0);
  });

  it('refuses a reply over 4000 characters and keeps the text', async () => {
    const { core, cid } = await connectedChat();
    const long = 'あ'.repeat(4001);
    core.api.typeReply(cid, long);
    core.api.sendReply(cid);
    expect(core.store.getState().compose.entities[cid]).toMatchObject({
      text: long,
      error: 'tooLong',
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(agentMessagesOnPlatform(sim, cid)).toHaveLength(0);
  });
});
