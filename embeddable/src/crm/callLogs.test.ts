import type { InteractionLog } from '@acd/shared';
import { loggedChat } from '../../../shared/testing/interactionLogs';
import { defaultSettings } from '../framework/frameworkConfig';
import type { CallLog, CondensedInteraction, FrameworkFile } from '../framework/frameworkTypes';
import { createCallLogs } from './callLogs';
import { createInteractionMemory } from './interactionMemory';

const interaction = { id: 'c1', name: 'Aiko Tanaka' } as CondensedInteraction;

const facts: Omit<InteractionLog, 'text'> = {
  conversationId: 'c1',
  customer: { name: 'Aiko Tanaka', email: 'aiko@example.com' },
  queue: { id: 'q', name: 'Support' },
  agentName: 'Alex',
  startTime: '2026-01-01T00:00:00Z',
  endTime: '2026-01-01T00:05:00Z',
  durationSeconds: 300,
  wrapupCode: { id: 'w', name: 'Resolved' },
  notes: 'Explained the delivery',
  transcript: [{ at: '2026-01-01T00:01:00Z', from: 'customer', name: 'Aiko', text: 'Hello' }],
};
const log = loggedChat(facts, 'en');

/** A CRM in the file: answers each processCallLog with `answer`, keeps what it was given. */
function crmFile(
  answer: (
    callLog: CallLog,
    ok: (r: { id?: unknown }) => void,
    fail: (e?: unknown) => void,
  ) => void,
) {
  const calls: { callLog: CallLog; eventName: string }[] = [];
  const framework: FrameworkFile = {
    processCallLog: (callLog, _interaction, eventName, onSuccess, onFailure) => {
      calls.push({ callLog, eventName });
      answer(callLog, onSuccess, onFailure);
    },
  };
  return { framework, calls };
}

function setUp(framework: FrameworkFile, settings = defaultSettings) {
  const memory = createInteractionMemory();
  memory.get('c1').condensed = interaction;
  const onRecorded = jest.fn();
  const callLogs = createCallLogs({ framework, settings, memory, timeoutMs: 500, onRecorded });
  return { memory, callLogs, onRecorded };
}

describe('processCallLog', () => {
  it('hands later calls of the interaction the id the first onSuccess returned', async () => {
    const { framework, calls } = crmFile((callLog, ok) => ok({ id: callLog.id ?? 'REC-1' }));
    const { callLogs, onRecorded } = setUp(framework);
    await callLogs.process('c1', 'interactionDisconnected', interaction);
    await callLogs.logAcwCompleted(log, interaction);
    expect(calls.map((c) => [c.eventName, c.callLog.id])).toEqual([
      ['interactionDisconnected', undefined],
      ['interactionACWCompleted', 'REC-1'],
    ]);
    expect(calls[1]?.callLog).toMatchObject({
      notes: 'Explained the delivery',
      wrapupCode: 'Resolved',
    });
    expect(onRecorded).toHaveBeenCalledTimes(1);
  });

  it('waits for the previous call of the same interaction before the next', async () => {
    let answerFirst: ((r: { id?: unknown }) => void) | undefined;
    const { framework, calls } = crmFile((callLog, ok) => {
      if (callLog.id === undefined && answerFirst === undefined) answerFirst = ok;
      else ok({ id: callLog.id });
    });
    const { callLogs } = setUp(framework);
    const first = callLogs.process('c1', 'interactionChanged', interaction);
    const second = callLogs.process('c1', 'interactionDisconnected', interaction);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toHaveLength(1);
    answerFirst?.({ id: 42 });
    await first;
    await second;
    expect(calls[1]?.callLog.id).toBe('42');
  });

  it('rejects on onFailure and keeps no id, so the retry is not a duplicate', async () => {
    let refuse = true;
    const { framework, calls } = crmFile((callLog, ok, fail) => {
      if (refuse) {
        refuse = false;
        fail('validation rule');
      } else ok({ id: callLog.id ?? 'REC-9' });
    });
    const { callLogs, memory } = setUp(framework);
    memory.get('c1').recordId = 'REC-1';
    await expect(callLogs.logAcwCompleted(log, interaction)).rejects.toThrow('validation rule');
    await callLogs.logAcwCompleted(log, interaction);
    expect(calls.map((c) => c.callLog.id)).toEqual(['REC-1', 'REC-1']);
  });

  it('records an id handed back after the timeout', async () => {
    let late: ((r: { id?: unknown }) => void) | undefined;
    const { framework } = crmFile((_callLog, ok) => {
      late = ok;
    });
    const { callLogs, memory } = setUp(framework);
    await expect(
      callLogs.process('c1', 'interactionDisconnected', interaction),
    ).rejects.toMatchObject({
      reason: 'timeout',
    });
    late?.({ id: 'REC-LATE' });
    expect(memory.get('c1').recordId).toBe('REC-LATE');
  });

  it('leaves out the fields the settings hide', () => {
    const { callLogs, memory } = setUp(
      {},
      { ...defaultSettings, hideCallLogSubject: true, hideCallLogContact: true },
    );
    memory.get('c1').contact = { type: 'contact', id: 'C-1', text: 'Aiko' };
    memory.get('c1').relation = { type: 'relation', id: 'A-1', text: 'Order 7' };
    const callLog = callLogs.callLogFor('c1', {});
    expect(callLog).not.toHaveProperty('subject');
    expect(callLog).not.toHaveProperty('selectedContact');
    expect(callLog.selectedRelation).toEqual({ type: 'relation', id: 'A-1', text: 'Order 7' });
  });

  it('refuses clearly when the file has no processCallLog', async () => {
    const { callLogs } = setUp({});
    await expect(callLogs.process('c1', 'interactionChanged', interaction)).rejects.toThrow(
      'framework.js has no processCallLog',
    );
  });
});
