import {
  patchParticipant,
  replaceParticipant,
  submitWrapup,
  customerDisconnect,
} from './chatCommands';
import { SEED_IDS } from './seedData';
import { makeTestEngine } from './engineTestKit';
import { SimPlatformError } from './platformError';

const { agentAlex: ALEX, agentHanako: HANAKO, queueSupport, queueSales, codeResolved } = SEED_IDS;

function expectPlatformError(run: () => unknown, status: number): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(SimPlatformError);
  expect((caught as SimPlatformError).status).toBe(status);
}

describe('routing', () => {
  it('alerts an on-queue agent of the chat queue and nobody who is off queue', () => {
    const t = makeTestEngine();
    t.goOnQueue(ALEX);
    const cid = t.startChat();
    expect(t.agentLeg(cid, ALEX)?.state).toBe('alerting');
    expect(t.agentLeg(cid, HANAKO)).toBeUndefined();
    expect(t.user(ALEX).routingStatus).toBe('INTERACTING');
    expect(t.user(HANAKO).routingStatus).toBe('OFF_QUEUE');
  });

  it('keeps a chat waiting in its queue while nobody is available, then alerts the first agent on queue', () => {
    const t = makeTestEngine();
    const cid = t.startChat();
    expect(t.engine.snapshot().queues.find((q) => q.id === queueSupport)?.waiting).toEqual([cid]);
    t.goOnQueue(HANAKO);
    expect(t.agentLeg(cid, HANAKO)?.state).toBe('alerting');
  });

  it('alerts an agent with only one chat at a time', () => {
    const t = makeTestEngine();
    t.goOnQueue(ALEX);
    const first = t.startChat();
    const second = t.startChat(queueSupport, 'Second Customer');
    expect(t.agentLeg(first, ALEX)?.state).toBe('alerting');
    expect(t.agentLeg(second, ALEX)).toBeUndefined();
    patchParticipant(t.engine.context, t.user(ALEX), first, t.agentLeg(first, ALEX)?.id ?? '', {
      state: 'connected',
    });
    expect(t.agentLeg(second, ALEX)?.state).toBe('alerting');
  });

  it('routes nothing to an agent who owes a wrap-up until it is done', () => {
    const t = makeTestEngine();
    t.goOnQueue(ALEX);
    const first = t.startChat();
    const leg = t.agentLeg(first, ALEX);
    patchParticipant(t.engine.context, t.user(ALEX), first, leg?.id ?? '', { state: 'connected' });
    patchParticipant(t.engine.context, t.user(ALEX), first, leg?.id ?? '', {
      state: 'disconnected',
    });
    const second = t.startChat();
    expect(t.agentLeg(second, ALEX)).toBeUndefined();
    submitWrapup(t.engine.context, t.user(ALEX), first, leg?.id ?? '', leg?.commId ?? '', {
      code: codeResolved,
    });
    expect(t.agentLeg(second, ALEX)?.state).toBe('alerting');
  });

  it('makes an agent who lets an alert time out NOT_RESPONDING and gives the chat to another agent', () => {
    const t = makeTestEngine();
    t.goOnQueue(ALEX);
    const cid = t.startChat();
    t.goOnQueue(HANAKO);
    expect(t.agentLeg(cid, HANAKO)).toBeUndefined();
    t.clock.advance(30_000);
    const missed = t.agentLeg(cid, ALEX);
    expect(missed?.state).toBe('disconnected');
    expect(missed?.disconnectType).toBe('timeout');
    expect(missed?.wrapupRequired).toBe(false);
    expect(t.user(ALEX).routingStatus).toBe('NOT_RESPONDING');
    expect(t.agentLeg(cid, HANAKO)?.state).toBe('alerting');
    expect(t.activeIds(ALEX)).toEqual([]);
  });

  it('routes nothing to a NOT_RESPONDING agent until they go back on queue', () => {
    const t = makeTestEngine();
    t.goOnQueue(ALEX);
    const cid = t.startChat();
    t.clock.advance(30_000);
    expect(t.engine.snapshot().queues.find((q) => q.id === queueSupport)?.waiting).toEqual([cid]);
    t.engine.putRoutingStatus(t.user(ALEX), ALEX, { status: 'IDLE' });
    expect(t.user(ALEX).routingStatus).toBe('INTERACTING');
    expect(t.agentLeg(cid, ALEX)?.state).toBe('alerting');
  });

  it('ends the chat without re-queueing it when the agent disconnects, and asks for a wrap-up', () => {
    const t = makeTestEngine();
    t.goOnQueue(ALEX);
    t.goOnQueue(HANAKO);
    const cid = t.startChat();
    const leg = t.agentLeg(cid, ALEX) ?? t.agentLeg(cid, HANAKO);
    const agentId = leg?.userId ?? '';
    patchParticipant(t.engine.context, t.user(agentId), cid, leg?.id ?? '', { state: 'connected' });
    patchParticipant(t.engine.context, t.user(agentId), cid, leg?.id ?? '', {
      state: 'disconnected',
    });
    const conversation = t.engine.conversation(cid);
    expect(leg?.state).toBe('disconnected');
    expect(leg?.disconnectType).toBe('client');
    expect(leg?.wrapupRequired).toBe(true);
    expect(conversation.participants.find((p) => p.purpose === 'customer')?.disconnectType).toBe(
      'peer',
    );
    expect(conversation.waitingSince).toBeUndefined();
    expect(conversation.participants.filter((p) => p.purpose === 'agent')).toHaveLength(1);
    expect(t.activeIds(agentId)).toEqual([cid]);
  });

  it('leaves the agent disconnected (peer) owing a wrap-up when the customer leaves', () => {
    const t = makeTestEngine();
    t.goOnQueue(ALEX);
    const cid = t.startChat();
    const leg = t.agentLeg(cid, ALEX);
    patchParticipant(t.engine.context, t.user(ALEX), cid, leg?.id ?? '', { state: 'connected' });
    customerDisconnect(t.engine.context, cid);
    expect(leg?.state).toBe('disconnected');
    expect(leg?.disconnectType).toBe('peer');
    expect(leg?.wrapupRequired).toBe(true);
  });

  it('re-queues a chat transferred to a queue and needs no wrap-up from the transferring agent', () => {
    const t = makeTestEngine();
    t.goOnQueue(ALEX);
    const cid = t.startChat();
    const leg = t.agentLeg(cid, ALEX);
    patchParticipant(t.engine.context, t.user(ALEX), cid, leg?.id ?? '', { state: 'connected' });
    t.goOnQueue(HANAKO);
    replaceParticipant(t.engine.context, t.user(ALEX), cid, leg?.id ?? '', { queueId: queueSales });
    expect(leg?.state).toBe('disconnected');
    expect(leg?.disconnectType).toBe('transfer');
    expect(leg?.wrapupRequired).toBe(false);
    expect(t.activeIds(ALEX)).toEqual([]);
    // Alex left the chat by transferring it, so the Sales queue offers it to Hanako.
    expect(t.agentLeg(cid, HANAKO)?.state).toBe('alerting');
    expect(t.agentLeg(cid, HANAKO)?.queueId).toBe(queueSales);
  });

  it('alerts the chosen user when a chat is transferred to a user', () => {
    const t = makeTestEngine();
    t.goOnQueue(ALEX);
    const cid = t.startChat();
    const leg = t.agentLeg(cid, ALEX);
    patchParticipant(t.engine.context, t.user(ALEX), cid, leg?.id ?? '', { state: 'connected' });
    // Hanako is not even on queue: a direct transfer still reaches her.
    replaceParticipant(t.engine.context, t.user(ALEX), cid, leg?.id ?? '', { userId: HANAKO });
    expect(t.agentLeg(cid, HANAKO)?.state).toBe('alerting');
    expect(t.engine.conversation(cid).recentTransfers).toHaveLength(1);
  });

  it('refuses a transfer that names no target or two targets', () => {
    const t = makeTestEngine();
    t.goOnQueue(ALEX);
    const cid = t.startChat();
    const leg = t.agentLeg(cid, ALEX);
    patchParticipant(t.engine.context, t.user(ALEX), cid, leg?.id ?? '', { state: 'connected' });
    expectPlatformError(
      () => replaceParticipant(t.engine.context, t.user(ALEX), cid, leg?.id ?? '', {}),
      400,
    );
    expectPlatformError(
      () =>
        replaceParticipant(t.engine.context, t.user(ALEX), cid, leg?.id ?? '', {
          queueId: queueSales,
          userId: HANAKO,
        }),
      400,
    );
    expectPlatformError(
      () =>
        replaceParticipant(t.engine.context, t.user(ALEX), cid, leg?.id ?? '', { queueId: 'nope' }),
      404,
    );
  });

  it('completes a forced-timeout wrap-up by itself when its time runs out', () => {
    const t = makeTestEngine();
    t.goOnQueue(ALEX);
    const cid = t.startChat(queueSales);
    const leg = t.agentLeg(cid, ALEX);
    expect(leg?.wrapupPrompt).toBe('forcedTimeout');
    patchParticipant(t.engine.context, t.user(ALEX), cid, leg?.id ?? '', { state: 'connected' });
    patchParticipant(t.engine.context, t.user(ALEX), cid, leg?.id ?? '', { state: 'disconnected' });
    t.clock.advance(179_000);
    expect(leg?.state).toBe('disconnected');
    t.clock.advance(1_000);
    expect(leg?.state).toBe('terminated');
    expect(leg?.wrapup?.code).toBe('ININ-WRAP-UP-TIMEOUT');
    expect(t.activeIds(ALEX)).toEqual([]);
    expect(t.user(ALEX).routingStatus).toBe('IDLE');
  });

  it('refuses to pick up a chat that is no longer alerting with 409', () => {
    const t = makeTestEngine();
    t.goOnQueue(ALEX);
    const cid = t.startChat();
    const leg = t.agentLeg(cid, ALEX);
    t.clock.advance(30_000);
    expectPlatformError(
      () =>
        patchParticipant(t.engine.context, t.user(ALEX), cid, leg?.id ?? '', {
          state: 'connected',
        }),
      409,
    );
  });

  it('puts a declined alert back in line without making the agent NOT_RESPONDING', () => {
    const t = makeTestEngine();
    t.goOnQueue(ALEX);
    const cid = t.startChat();
    const leg = t.agentLeg(cid, ALEX);
    patchParticipant(t.engine.context, t.user(ALEX), cid, leg?.id ?? '', { state: 'disconnected' });
    expect(t.user(ALEX).routingStatus).toBe('INTERACTING');
    // The same agent is offered it again (the only one on queue), as a new alert.
    expect(t.agentLeg(cid, ALEX)).not.toBe(leg);
    expect(t.agentLeg(cid, ALEX)?.state).toBe('alerting');
  });
});
