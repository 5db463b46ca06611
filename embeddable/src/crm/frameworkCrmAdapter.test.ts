import type { InteractionLog } from '@acd/shared';
import { defaultSettings, readFrameworkConfig } from '../framework/frameworkConfig';
import type { CondensedInteraction, FrameworkFile } from '../framework/frameworkTypes';
import { createCallLogs } from './callLogs';
import { contactsToScreenPop, createFrameworkCrmAdapter } from './frameworkCrmAdapter';
import { createInteractionMemory } from './interactionMemory';

const customer = { conversationId: 'c1', name: 'Chris Lee', email: 'chris@example.com' };

function adapterFor(framework: FrameworkFile, enableCallLogs = true) {
  const config = readFrameworkConfig({ settings: { enableCallLogs } }).config;
  const memory = createInteractionMemory();
  const callLogs = createCallLogs({ framework, settings: config.settings, memory, timeoutMs: 300 });
  const reportLogFailure = jest.fn();
  const adapter = createFrameworkCrmAdapter({
    framework,
    config,
    memory,
    callLogs,
    timeoutMs: 300,
    condensed: (id) =>
      id === 'c1' ? ({ id, name: 'Chris Lee' } as CondensedInteraction) : undefined,
    locale: () => 'ja',
    reportLogFailure,
  });
  return { adapter, memory, reportLogFailure };
}

describe("the CrmAdapter on the file's callbacks", () => {
  it('maps contactSearch results to 0, 1 or several records', () => {
    expect(contactsToScreenPop([])).toEqual({ kind: 'none' });
    expect(contactsToScreenPop('not a list')).toEqual({ kind: 'none' });
    expect(contactsToScreenPop([{ id: 'C-1', name: 'Chris', type: 'contact' }])).toEqual({
      kind: 'opened',
      record: { id: 'C-1', kind: 'contact', label: 'Chris' },
    });
    const several = contactsToScreenPop([
      { id: 'C-3', name: 'Chris (home)' },
      { name: 'Chris (work)' },
      {},
    ]);
    expect(several).toEqual({
      kind: 'choose',
      records: [
        { id: 'C-3', kind: 'contact', label: 'Chris (home)' },
        { id: 'Chris (work)#1', kind: 'contact', label: 'Chris (work)' },
      ],
    });
  });

  it('pops the record the CRM associated, without searching', async () => {
    const contactSearch = jest.fn();
    const { adapter, memory } = adapterFor({ contactSearch });
    memory.get('c1').contact = { type: 'contact', id: 'C-4', text: 'Chris Lee (work)' };
    await expect(adapter.screenPop(customer)).resolves.toEqual({
      kind: 'opened',
      record: { id: 'C-4', kind: 'contact', label: 'Chris Lee (work)' },
    });
    expect(contactSearch).not.toHaveBeenCalled();
  });

  it("searches with the customer's email through contactSearch", async () => {
    const searched: string[] = [];
    const contactSearch: FrameworkFile['contactSearch'] = (search, onSuccess) => {
      searched.push(search);
      onSuccess([
        { id: 'C-3', name: 'a' },
        { id: 'C-4', name: 'b' },
      ]);
    };
    const { adapter } = adapterFor({ contactSearch });
    const result = await adapter.screenPop(customer);
    expect(searched).toEqual(['chris@example.com']);
    expect(result.kind).toBe('choose');
  });

  it('rejects when contactSearch throws (the core shows the screen pop failed)', async () => {
    const { adapter } = adapterFor({
      contactSearch: () => {
        throw new Error('CRM offline');
      },
    });
    await expect(adapter.screenPop(customer)).rejects.toThrow('contactSearch threw: CRM offline');
  });

  it('logs the wrap-up as interactionACWCompleted and returns the record id', async () => {
    const seen: string[] = [];
    const { adapter } = adapterFor({
      processCallLog: (callLog, _i, eventName, onSuccess) => {
        seen.push(`${eventName}:${callLog.id ?? '-'}`);
        onSuccess({ id: 'REC-7' });
      },
    });
    const log = {
      conversationId: 'c1',
      notes: 'n',
      wrapupCode: { id: 'w', name: 'Resolved' },
      transcript: [],
      existingRecordId: 'REC-7',
    } as unknown as InteractionLog;
    await expect(adapter.logInteraction(log)).resolves.toEqual({ recordId: 'REC-7' });
    expect(seen).toEqual(['interactionACWCompleted:REC-7']);
  });

  it('tells the agent at once when the CRM refuses the log, and rejects to be retried', async () => {
    const { adapter, reportLogFailure } = adapterFor({
      processCallLog: (_c, _i, _e, _ok, onFailure) => onFailure('no permission'),
    });
    const log = {
      conversationId: 'c1',
      notes: '',
      wrapupCode: { id: 'w', name: 'x' },
      transcript: [],
    } as unknown as InteractionLog;
    await expect(adapter.logInteraction(log)).rejects.toThrow('no permission');
    expect(reportLogFailure).toHaveBeenCalledWith(expect.stringContaining('no permission'));
  });

  it('sends a log restored after the frame reloaded, though nothing of the chat is remembered', async () => {
    const calls: { interaction: CondensedInteraction; event: string; data: unknown }[] = [];
    const { adapter } = adapterFor({
      processCallLog: (data, interaction, event, onSuccess) => {
        calls.push({ interaction, event, data });
        onSuccess({ id: 'REC-9' });
      },
    });
    // Wrapped up before the reload: gone from the platform's list, so from the frame's memory.
    const log = {
      conversationId: 'c-gone',
      customer: { name: 'Dana Reload', email: 'dana@example.com' },
      queue: { id: 'q', name: 'Support' },
      startTime: '2026-11-29T07:00:00.000Z',
      connectedTime: '2026-11-29T07:00:05.000Z',
      endTime: '2026-11-29T07:10:00.000Z',
      notes: 'Refund approved',
      wrapupCode: { id: 'w', name: 'Resolved' },
      transcript: [],
    } as unknown as InteractionLog;
    await expect(adapter.logInteraction(log)).resolves.toEqual({ recordId: 'REC-9' });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.event).toBe('interactionACWCompleted');
    expect(calls[0]?.data).toMatchObject({ notes: 'Refund approved', wrapupCode: 'Resolved' });
    expect(calls[0]?.interaction).toMatchObject({
      id: 'c-gone',
      name: 'Dana Reload',
      email: 'dana@example.com',
      queueName: 'Support',
      isDisconnected: true,
      isDone: true,
      endTime: '2026-11-29T07:10:00.000Z',
    });
  });

  it('refuses to log when the file turned call logs off', async () => {
    const processCallLog = jest.fn();
    const { adapter } = adapterFor({ processCallLog }, false);
    const log = { conversationId: 'c1' } as InteractionLog;
    await expect(adapter.logInteraction(log)).rejects.toThrow('enableCallLogs');
    expect(processCallLog).not.toHaveBeenCalled();
    expect(defaultSettings.enableCallLogs).toBe(false);
  });
});
