import { readFrameworkConfig } from '../framework/frameworkConfig';
import type { FrameworkFile } from '../framework/frameworkTypes';
import { createSubscriptions } from '../purecloud/subscriptions';
import { chat, fakeStore, settle } from '../testing/fakeCore';
import { createCallLogs } from './callLogs';
import { createInteractionMemory } from './interactionMemory';
import { categoriesOf, watchInteractions } from './interactionEvents';

function setUp(
  framework: FrameworkFile,
  settings: Record<string, unknown> = { enableCallLogs: true },
) {
  const store = fakeStore();
  const config = readFrameworkConfig({
    customInteractionAttributes: ['PT_URLPop'],
    settings,
  }).config;
  const events: [string, unknown][] = [];
  const reports: string[] = [];
  const subscriptions = createSubscriptions((e) => reports.push(e));
  subscriptions.subscribe([
    {
      type: 'Interaction',
      callback: (category: string, data: unknown) => events.push([category, data]),
    },
  ]);
  const memory = createInteractionMemory();
  const callLogs = createCallLogs({ framework, settings: config.settings, memory, timeoutMs: 200 });
  watchInteractions({
    store,
    framework,
    config,
    subscriptions,
    memory,
    callLogs,
    readAttributes: () => Promise.resolve({ PT_URLPop: 'https://crm.example.com/c/1' }),
    report: (what, detail) => reports.push(`${what}: ${detail}`),
  });
  return { store, events, reports, memory };
}

describe('Interaction events for the file', () => {
  it('raises add and screenPop with the email and the attributes when a chat alerts', async () => {
    const screenPop = jest.fn();
    const { store, events } = setUp({ screenPop });
    store.chats(chat());
    await settle();
    expect(events.map(([c]) => c)).toEqual(['add']);
    expect(events[0]?.[1]).toMatchObject({
      id: 'c1',
      state: 'ALERTING',
      direction: 'Inbound',
      name: 'Aiko Tanaka',
      displayAddress: 'aiko.tanaka@example.com',
      queueName: 'Support',
      attributes: { PT_URLPop: 'https://crm.example.com/c/1' },
    });
    expect(screenPop).toHaveBeenCalledWith(
      'aiko.tanaka@example.com',
      events[0]?.[1],
      expect.any(Function),
    );
  });

  it('follows a chat through connect, disconnect, acw and deallocate, with { old, new } changes', async () => {
    const seen: string[] = [];
    const { store, events } = setUp({
      processCallLog: (callLog, _i, eventName, onSuccess) => {
        seen.push(`${eventName}:${callLog.id ?? 'new'}`);
        onSuccess({ id: 'REC-1' });
      },
    });
    store.chats(chat());
    store.chats(
      chat({ state: 'connected', connectedTime: '2026-11-28T01:00:05.000Z', revision: 2 }),
    );
    store.chats(chat({ state: 'disconnected', endTime: '2026-11-28T01:05:00.000Z', revision: 3 }));
    store.chats();
    await settle();
    expect(events.map(([c]) => c)).toEqual([
      'add',
      'change',
      'connect',
      'change',
      'disconnect',
      'acw',
      'deallocate',
    ]);
    const change = events[1]?.[1] as { old: { state: string }; new: { state: string } };
    expect([change.old.state, change.new.state]).toEqual(['ALERTING', 'CONNECTED']);
    expect(events[6]?.[1]).toMatchObject({ isDone: true, isDisconnected: true });
    // The wrap-up's log comes from Done (the core); no interactionRemoved after an acw.
    expect(seen).toEqual(['interactionDisconnected:new']);
  });

  it('logs interactionRemoved for a chat that leaves without a wrap-up (a transfer)', async () => {
    const seen: string[] = [];
    const { store } = setUp({
      processCallLog: (callLog, _i, eventName, onSuccess) => {
        seen.push(`${eventName}:${callLog.id ?? 'new'}`);
        onSuccess({ id: 'REC-2' });
      },
    });
    store.chats(chat({ state: 'connected', wrapupRequired: false }));
    store.chats(
      chat({
        state: 'disconnected',
        wrapupRequired: false,
        disconnectType: 'transfer',
        revision: 2,
      }),
    );
    store.chats();
    await settle();
    expect(seen).toEqual(['interactionDisconnected:new', 'interactionRemoved:REC-2']);
  });

  it('calls no processCallLog when the file turned call logs off', async () => {
    const processCallLog = jest.fn();
    const { store } = setUp({ processCallLog }, { enableCallLogs: false });
    store.chats(chat({ state: 'connected' }));
    store.chats(chat({ state: 'disconnected', revision: 2 }));
    await settle();
    expect(processCallLog).not.toHaveBeenCalled();
  });

  it('keeps going when screenPop throws, and says so once', async () => {
    const { store, events, reports } = setUp({
      screenPop: () => {
        throw new Error('crm is undefined');
      },
    });
    store.chats(chat());
    store.chats(chat({ state: 'connected', revision: 2 }));
    await settle();
    expect(events.map(([c]) => c)).toEqual(['add', 'change', 'connect']);
    expect(reports).toEqual(['callback: screenPop threw: crm is undefined']);
  });

  it('names hold as a change with the HELD state', () => {
    expect(
      categoriesOf(chat({ state: 'connected' }), chat({ state: 'connected', held: true })),
    ).toEqual([]);
  });
});
