// Frames the core cannot trust are dropped with a logged warning and change nothing.
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { createTappedSockets } from '../../../testing/tappedSocket';
import { toChatConversation } from '@acd/mocks/engine/conversationModel';
import { malformedFrames } from '../../../testing/malformedFrameCorpus';
import { waitFor } from '../../../testing/waitFor';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

describe('malformed socket frames and unknown topics', () => {
  it('drops each with a warning and leaves the state as it was', async () => {
    const tap = createTappedSockets();
    const warnings: string[] = [];
    const core = await sim.startCore(SEED_IDS.agentAlex, {
      openSocket: tap.openSocket,
      logger: { warn: (message) => warnings.push(message) },
    });
    const cid = await sim.pickUpNewChat(core, 'Mallory');
    await sim.customerSays(cid, 'hi');
    await waitFor(() => core.store.getState().messages.entities[cid]?.messageIds.length === 3, {
      what: 'the transcript',
    });
    const before = core.store.getState();
    const userTopic = `v2.users.${SEED_IDS.agentAlex}.conversations.chats`;
    const frames = [
      'not json at all {',
      JSON.stringify([1, 2, 3]),
      JSON.stringify({ eventBody: {} }),
      JSON.stringify({ topicName: 'v2.users.someone.presence.unknown', eventBody: {} }),
      JSON.stringify({ topicName: userTopic, eventBody: { id: cid, participants: 'nope' } }),
      JSON.stringify({
        topicName: userTopic,
        eventBody: { id: cid, participants: [{ id: 'x', purpose: 'agent', state: 'exploded' }] },
      }),
      JSON.stringify({
        topicName: `v2.users.${SEED_IDS.agentHanako}.conversations.chats`,
        eventBody: { id: cid, participants: [] },
      }),
      JSON.stringify({
        topicName: `v2.conversations.chats.${cid}.messages`,
        eventBody: { id: 'm1', body: 42 },
        metadata: { type: 'message' },
      }),
      JSON.stringify({
        topicName: `v2.conversations.chats.${cid}.messages`,
        eventBody: {
          id: 'm2',
          conversation: { id: 'another-conversation' },
          sender: { id: 's' },
          body: 'spoofed',
          bodyType: 'standard',
          timestamp: new Date().toISOString(),
        },
      }),
    ];
    for (const frame of frames) tap.inject(frame);
    await tap.read();
    const after = core.store.getState();
    expect(after.connection.droppedFrames).toBe(before.connection.droppedFrames + frames.length);
    expect(warnings.filter((w) => w.startsWith('notification dropped'))).toHaveLength(
      frames.length,
    );
    expect(after.interactions).toBe(before.interactions);
    expect(after.messages).toBe(before.messages);
    expect(after.connection.status).toBe('connected');
  });
});

describe('the hostile frame corpus', () => {
  it('drops every frame the UI could not show, keeps duplicates harmless, and a later message still arrives', async () => {
    const tap = createTappedSockets();
    const warnings: string[] = [];
    const core = await sim.startCore(SEED_IDS.agentAlex, {
      openSocket: tap.openSocket,
      logger: { warn: (message) => warnings.push(message) },
    });
    const cid = await sim.pickUpNewChat(core, 'Mallory');
    await sim.customerSays(cid, 'hi');
    await waitFor(() => core.store.getState().messages.entities[cid]?.messageIds.length === 3, {
      what: 'the transcript',
    });
    const snapshot = toChatConversation(sim.engine.conversation(cid));
    const message = sim.engine.conversation(cid).messages.at(-1);
    if (message === undefined) throw new Error('the chat has no message');
    const before = core.store.getState();
    const frames = malformedFrames({
      userId: SEED_IDS.agentAlex,
      otherUserId: SEED_IDS.agentHanako,
      snapshot,
      message,
    });
    // One at a time, so each frame that got through is named.
    const notDropped: typeof frames = [];
    for (const frame of frames) {
      const warned = warnings.length;
      tap.inject(frame.data);
      await tap.read();
      if (warnings[warned]?.startsWith('notification dropped') !== true) notDropped.push(frame);
    }
    const after = core.store.getState();
    expect(notDropped.map((f) => f.name)).toEqual([]);
    expect(after.connection.droppedFrames).toBe(before.connection.droppedFrames + frames.length);
    expect(after.interactions).toBe(before.interactions);
    expect(after.messages).toBe(before.messages);

    // The same good frames twice: applied once.
    const topic = `v2.conversations.chats.${cid}.messages`;
    const good = JSON.stringify({
      topicName: topic,
      eventBody: message,
      metadata: { type: 'message' },
    });
    tap.inject(good);
    tap.inject(good);
    await tap.read();
    expect(core.store.getState().messages.entities[cid]?.messageIds).toHaveLength(3);

    await sim.customerSays(cid, 'still here');
    await waitFor(() => core.store.getState().messages.entities[cid]?.messageIds.length === 4, {
      what: 'the message sent after the corpus',
    });
    expect(core.store.getState().connection.status).toBe('connected');
  });
});
