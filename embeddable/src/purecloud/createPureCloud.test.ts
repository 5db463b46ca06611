import { createCallLogs } from '../crm/callLogs';
import { createInteractionMemory } from '../crm/interactionMemory';
import { readFrameworkConfig } from '../framework/frameworkConfig';
import type { HostNotice } from '../page/hostNotices';
import { chat, fakeStore, settle } from '../testing/fakeCore';
import { createPureCloud } from './createPureCloud';
import { createSubscriptions } from './subscriptions';

function setUp() {
  const store = fakeStore();
  const api = {
    pickUp: jest.fn(),
    disconnect: jest.fn(),
    hold: jest.fn(),
    unhold: jest.fn(),
    transfer: jest.fn(),
    setPresence: jest.fn(),
    changeSettings: jest.fn(),
    chooseCrmRecord: jest.fn(),
    searchQueues: jest.fn(() => Promise.resolve([{ id: 'q2', name: 'Billing' }])),
    searchUsers: jest.fn(() => Promise.resolve([{ id: 'u2', name: 'Hanako Yamada' }])),
  };
  const config = readFrameworkConfig({
    customInteractionAttributes: ['PT_SearchValue'],
    settings: { enableCallLogs: true },
  }).config;
  const memory = createInteractionMemory();
  const processCallLog = jest.fn();
  const callLogs = createCallLogs({
    framework: { processCallLog },
    settings: config.settings,
    memory,
    timeoutMs: 100,
  });
  const written: {
    conversationId: string;
    participantId: string;
    attributes: Record<string, string>;
  }[] = [];
  const notices: HostNotice[] = [];
  const warnings: string[] = [];
  const views: string[] = [];
  const pureCloud = createPureCloud({
    // The API's other verbs are never called by PureCloud.
    core: { store, api } as unknown as Parameters<typeof createPureCloud>[0]['core'],
    config,
    subscriptions: createSubscriptions(() => undefined),
    memory,
    callLogs,
    attributes: {
      read: () => Promise.resolve({}),
      write: (conversationId, participantId, attributes) => {
        written.push({ conversationId, participantId, attributes });
        return Promise.resolve();
      },
    },
    notify: (notice) => notices.push(notice),
    showView: (view) => views.push(view),
    warn: (line) => warnings.push(line),
  });
  store.chats(chat({ state: 'alerting' }));
  return { store, api, pureCloud, memory, written, notices, warnings, views, processCallLog };
}

describe('window.PureCloud', () => {
  it('drives the chat: pickup, disconnect, hold toggles', () => {
    const { pureCloud, api, store } = setUp();
    pureCloud.Interaction.updateState({ action: 'pickup', id: 'c1' });
    pureCloud.Interaction.updateState({ action: 'disconnect', id: 'c1' });
    pureCloud.Interaction.updateState({ action: 'hold', id: 'c1' });
    store.chats(chat({ state: 'connected', held: true }));
    pureCloud.Interaction.updateState({ action: 'hold', id: 'c1' });
    expect(api.pickUp).toHaveBeenCalledWith('c1');
    expect(api.disconnect).toHaveBeenCalledWith('c1');
    expect(api.hold).toHaveBeenCalledWith('c1');
    expect(api.unhold).toHaveBeenCalledWith('c1');
  });

  it('answers voice-only calls with a notice, never an exception', () => {
    const { pureCloud, notices, api } = setUp();
    expect(() => {
      pureCloud.clickToDial();
      pureCloud.Interaction.updateState({ action: 'mute', id: 'c1' });
      pureCloud.Interaction.updateState({ action: 'securePause', id: 'c1' });
      pureCloud.Interaction.updateState({ action: 'pickup', id: 'nope' });
      pureCloud.Interaction.updateState(undefined);
    }).not.toThrow();
    expect(notices).toEqual([
      { kind: 'info', key: 'notice.chatOnly', params: { action: 'clickToDial' } },
      { kind: 'info', key: 'notice.chatOnly', params: { action: 'mute' } },
      { kind: 'info', key: 'notice.chatOnly', params: { action: 'securePause' } },
      { kind: 'warning', key: 'notice.noInteraction', params: { action: 'pickup' } },
      { kind: 'warning', key: 'notice.unknownAction', params: { action: '' } },
    ]);
    expect(api.pickUp).not.toHaveBeenCalled();
  });

  it('sets the presence from the framework status ids', () => {
    const { pureCloud, api, notices } = setUp();
    pureCloud.User.updateStatus({ id: 'ON_QUEUE' });
    pureCloud.User.updateStatus({ id: 'AVAILABLE' });
    pureCloud.User.updateStatus({ id: 'AWAY' });
    pureCloud.User.updateStatus({ id: 'OFFLINE' });
    pureCloud.User.updateStatus({ id: 'MEAL' });
    expect(api.setPresence.mock.calls.map(([p]) => p as string)).toEqual([
      'On Queue',
      'Available',
      'Away',
      'Offline',
    ]);
    expect(notices).toHaveLength(1);
  });

  it('writes custom attributes to the conversation, strings only', async () => {
    const { pureCloud, written, warnings, memory } = setUp();
    pureCloud.addCustomAttributes({
      interactionId: 'c1',
      attributes: { PT_SearchValue: 'A-7', count: 3, bad: { x: 1 } },
    });
    await settle();
    expect(written).toEqual([
      {
        conversationId: 'c1',
        participantId: 'p1',
        attributes: { PT_SearchValue: 'A-7', count: '3' },
      },
    ]);
    expect(warnings).toEqual(['attribute bad is not a string and was left out']);
    expect(memory.get('c1').attributes).toEqual({ PT_SearchValue: 'A-7' });
  });

  it('associates a CRM record with the chat, and logs the change once it is under way', async () => {
    const { pureCloud, memory, store, processCallLog, api } = setUp();
    pureCloud.addAssociation({
      type: 'contact',
      id: 'C-1',
      text: 'Aiko Tanaka',
      interactionId: 'c1',
    });
    expect(memory.get('c1').contact).toEqual({ type: 'contact', id: 'C-1', text: 'Aiko Tanaka' });
    expect(processCallLog).not.toHaveBeenCalled();
    store.set((s) => ({ ...s, crm: { entities: { c1: {} } } }));
    store.chats(chat({ state: 'connected' }));
    memory.get('c1').condensed = { id: 'c1' } as never;
    pureCloud.addAssociation({ type: 'relation', id: 'O-9', text: 'Order 9', interactionId: 'c1' });
    pureCloud.addAssociation({ type: 'contact', id: 'C-2', text: 'Aiko T.', interactionId: 'c1' });
    await settle();
    expect(api.chooseCrmRecord).toHaveBeenCalledWith('c1', {
      id: 'C-2',
      kind: 'contact',
      label: 'Aiko T.',
    });
    const [first] = processCallLog.mock.calls as unknown[][];
    expect(first?.[2]).toBe('interactionChanged');
    expect(first?.[0]).toMatchObject({ selectedRelation: { id: 'O-9' } });
  });

  it('transfers blind to a queue or user by name, with the transfer context written first', async () => {
    const { pureCloud, api, written } = setUp();
    pureCloud.addTransferContext({ name: 'ctx', attributes: { reason: 'billing' } });
    pureCloud.Interaction.updateState({
      action: 'blindTransfer',
      id: 'c1',
      participantContext: { transferTarget: 'billing', transferTargetType: 'queue' },
    });
    await settle();
    expect(written).toEqual([
      { conversationId: 'c1', participantId: 'p1', attributes: { reason: 'billing' } },
    ]);
    expect(api.transfer).toHaveBeenCalledWith('c1', { queueId: 'q2' }, 'Billing');
  });

  it('shows notifyUser messages with their type and timeout in seconds', () => {
    const { pureCloud, notices } = setUp();
    pureCloud.User.Notification.notifyUser({
      message: 'Customer is VIP',
      type: 'success',
      timeout: 5,
    });
    pureCloud.User.Notification.notifyUser({ message: '' });
    expect(notices).toEqual([{ kind: 'success', text: 'Customer is VIP' }]);
  });

  it('turns the ring on or off for chats with setAudioConfiguration', () => {
    const { pureCloud, api } = setUp();
    pureCloud.User.Notification.setAudioConfiguration({ chat: false, message: true });
    expect(api.changeSettings).toHaveBeenCalledWith({ ringing: false });
  });

  it('shows the view the CRM names, and refuses others with a notice', () => {
    const { pureCloud, views, notices } = setUp();
    pureCloud.User.setView({ type: 'main', view: { name: 'callLog' } });
    pureCloud.User.setView({ type: 'main', view: { name: 'dialpad' } });
    expect(views).toEqual(['callLog']);
    expect(notices).toHaveLength(1);
  });
});
