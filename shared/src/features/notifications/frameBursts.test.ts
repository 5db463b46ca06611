// Frames that arrive in one task (a reconnect's backlog, many chats' events in one network
// read) are applied together: consecutive snapshots as one store update, every other frame
// in its place, nothing lost or reordered.
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { createTappedSockets } from '../../../testing/tappedSocket';
import { toChatConversation } from '@acd/mocks/engine/conversationModel';
import type { ChatConversation, WebChatMessage } from '../../platform/platformTypes';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

const userTopic = `v2.users.${SEED_IDS.agentAlex}.conversations.chats`;

/** The chat's snapshot with this agent's leg held or not, as the platform would send it. */
function heldFrame(snapshot: ChatConversation, held: boolean): string {
  const participants = snapshot.participants.map((p) =>
    p.purpose === 'agent' && p.user?.id === SEED_IDS.agentAlex
      ? { ...p, held, startHoldTime: held ? '2026-11-28T10:00:00.000Z' : undefined }
      : p,
  );
  return JSON.stringify({ topicName: userTopic, eventBody: { ...snapshot, participants } });
}

function messageFrame(message: WebChatMessage): string {
  return JSON.stringify({
    topicName: `v2.conversations.chats.${message.conversation.id}.messages`,
    eventBody: message,
    metadata: { type: 'message' },
  });
}

describe('a burst of socket frames', () => {
  it('applies its snapshots as one update per run, keeps a message between them in place, and loses none', async () => {
    const tap = createTappedSockets();
    const core = await sim.startCore(SEED_IDS.agentAlex, { openSocket: tap.openSocket });
    const ids = [
      await sim.pickUpNewChat(core, 'Ada'),
      await sim.pickUpNewChat(core, 'Grace'),
      await sim.pickUpNewChat(core, 'Hedy'),
    ];
    const [first, second, third] = ids.map((id) => toChatConversation(sim.engine.conversation(id)));
    if (first === undefined || second === undefined || third === undefined)
      throw new Error('no chats');
    const message: WebChatMessage = {
      id: 'burst-message',
      conversation: { id: first.id },
      sender: { id: first.participants.find((p) => p.purpose === 'customer')?.id ?? 'customer' },
      body: 'Sent between two runs of snapshots',
      bodyType: 'standard',
      timestamp: new Date().toISOString(),
    };
    const before = core.store.getState();
    const interactionUpdates: boolean[] = [];
    let seen = before.interactions;
    const unsubscribe = core.store.subscribe(() => {
      const { interactions, messages } = core.store.getState();
      if (interactions === seen) return;
      seen = interactions;
      // Whether the message was already there when this run of snapshots was applied.
      interactionUpdates.push(
        messages.entities[first.id]?.messageIds.includes('burst-message') ?? false,
      );
    });

    tap.inject(heldFrame(first, true));
    tap.inject(heldFrame(second, true));
    tap.inject(messageFrame(message));
    tap.inject(heldFrame(third, true));
    tap.inject(heldFrame(first, false));
    await tap.read();
    unsubscribe();

    const after = core.store.getState();
    // Two runs of snapshots, two updates: the first before the message, the second after it.
    expect(interactionUpdates).toEqual([false, true]);
    expect(after.interactions.revision).toBe(before.interactions.revision + 4);
    expect(ids.map((id) => after.interactions.entities[id]?.held)).toEqual([false, true, true]);
    expect(after.messages.entities[first.id]?.messageIds).toContain('burst-message');
  });

  it('still applies a lone frame by itself, once its task is over', async () => {
    const tap = createTappedSockets();
    const core = await sim.startCore(SEED_IDS.agentAlex, { openSocket: tap.openSocket });
    const id = await sim.pickUpNewChat(core, 'Ada');
    const snapshot = toChatConversation(sim.engine.conversation(id));

    tap.inject(heldFrame(snapshot, true));
    await tap.read();

    expect(core.store.getState().interactions.entities[id]?.held).toBe(true);
  });
});
