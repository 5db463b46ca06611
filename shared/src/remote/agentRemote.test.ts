// A view of the agent core over the memory hub: same state, same commands, same errors.
import { createAgentCore, type AgentCoreApi } from '../app/createAgentCore';
import { draftChanged } from '../features/compose/composeSlice';
import { sessionLoaded } from '../features/session/sessionSlice';
import { systemClock } from '../ports/clock';
import type { PlatformClient } from '../ports/platformClient';
import { createMemoryStorage } from '../ports/storage';
import { PlatformError, isPlatformError } from '../platform/platformError';
import { isOptionalCapability } from '../../testing/optionalCapabilities';
import { createRecordingCrm } from '../../testing/recordingCrm';
import { waitFor } from '../../testing/waitFor';
import { connectAgentView, hostAgentCore } from './agentRemote';
import { agentCommandApi } from '../app/agentCommandApi';
import { createMemoryHub } from './transport';

const queues = [{ id: 'q1', name: 'Support' }];

/** Only the calls a view may make answer; the core is never started in these tests. */
const platform = new Proxy({} as PlatformClient, {
  get: (_target, name) => {
    // The optional capabilities the core probes: absent, as on a one-flavour client.
    if (isOptionalCapability(name)) return undefined;
    if (name === 'searchQueues')
      return (text: string) => Promise.resolve(queues.filter((q) => q.name.includes(text)));
    if (name === 'searchUsers')
      return () =>
        Promise.reject(
          new PlatformError('http', 'Too many requests', { status: 429, retryAfterSeconds: 3 }),
        );
    return () => Promise.reject(new Error(`not used here (${String(name)})`));
  },
});

function makeCore() {
  return createAgentCore({
    platform,
    crm: createRecordingCrm().crm,
    storage: createMemoryStorage(),
    clock: systemClock,
  });
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
});

function setup() {
  const hub = createMemoryHub();
  const core = makeCore();
  const host = hostAgentCore(core, hub.connect());
  cleanups.push(() => host.close());
  const openView = () => {
    const view = connectAgentView(hub.connect(), { helloIntervalMs: 20, callTimeoutMs: 1000 });
    cleanups.push(() => view.close());
    return view;
  };
  return { core, host, openView };
}

const user = { id: 'u1', name: 'Alex Morgan', email: 'alex@example.com', permissions: [] };

describe('agent core in another frame', () => {
  it('a view opened mid-session shows the core state at once', async () => {
    const { core, openView } = setup();
    core.store.dispatch(sessionLoaded({ user, presence: 'Available', routingStatus: 'IDLE' }));
    core.store.dispatch(draftChanged({ conversationId: 'c1', text: 'Half a reply' }));
    const view = openView();
    await view.api.start();
    expect(view.store.getState().session.user?.name).toBe('Alex Morgan');
    expect(view.store.getState().compose.entities.c1?.text).toBe('Half a reply');
  });

  it('wrap-up notes written in one view appear in the other views and in the core', async () => {
    const { core, openView } = setup();
    const [first, second] = [openView(), openView()];
    await Promise.all([first.api.start(), second.api.start()]);
    first.api.writeNotes('c1', 'Refund promised');
    expect(first.store.getState().wrapup.entities.c1?.notes).toBe('Refund promised');
    await waitFor(() => second.store.getState().wrapup.entities.c1?.notes === 'Refund promised');
    expect(core.store.getState().wrapup.entities.c1?.notes).toBe('Refund promised');
  });

  it('an action dispatched on the view store is a command for the core, not a local change', async () => {
    const { core, openView } = setup();
    const view = openView();
    await view.api.start();
    view.store.dispatch(draftChanged({ conversationId: 'c1', text: 'sneaky' }));
    view.api.writeNotes('c1', 'Customer wants a refund');
    await waitFor(
      () => core.store.getState().wrapup.entities.c1?.notes === 'Customer wants a refund',
    );
    // draftChanged is internal to the core: refused, and the view shows the core's truth.
    await waitFor(() => view.store.getState().compose.entities.c1 === undefined);
    expect(core.store.getState().compose.entities.c1).toBeUndefined();
  });

  it('searches run in the core; platform errors arrive as PlatformError', async () => {
    const { openView } = setup();
    const view = openView();
    await view.api.start();
    await expect(view.api.searchQueues('Sup')).resolves.toEqual(queues);
    const failure = await view.api.searchUsers('ann').catch((error: unknown) => error);
    expect(isPlatformError(failure)).toBe(true);
    expect(failure).toMatchObject({ kind: 'http', status: 429, retryAfterSeconds: 3 });
  });

  it('stopping a view leaves the core serving the others', async () => {
    const { core, host, openView } = setup();
    const [first, second] = [openView(), openView()];
    await Promise.all([first.api.start(), second.api.start()]);
    await first.api.stop();
    second.api.writeNotes('c2', 'still here');
    await waitFor(() => core.store.getState().wrapup.entities.c2?.notes === 'still here');
    await waitFor(() => host.viewCount() === 1);
  });

  it('every command of the view API makes the action the core API dispatches', () => {
    const real = makeCore().api;
    const view = agentCommandApi((action) => action);
    const samples: { [K in keyof typeof view]: Parameters<AgentCoreApi[K]> } = {
      pickUp: ['c1'],
      disconnect: ['c1'],
      hold: ['c1'],
      unhold: ['c1'],
      transfer: ['c1', { queueId: 'q1' }, 'Support'],
      selectChat: ['c1'],
      closeWindow: ['c1'],
      typeReply: ['c1', 'hi'],
      sendReply: ['c1'],
      markNewMessagesSeen: ['c1'],
      chooseWrapupCode: ['c1', 'w1'],
      writeNotes: ['c1', 'notes'],
      finishWrapup: ['c1'],
      closeWrapup: ['c1'],
      retryWrapupCodes: ['c1'],
      reopenWrapup: ['c1'],
      setPresence: ['Available'],
      changeSettings: [{ ringing: false }],
      dismissNotice: ['n1'],
      retryOutboxItem: ['o1'],
      resendMessage: ['c1', 'm1'],
      chooseCrmRecord: ['c1', { id: 't1', kind: 'ticket', label: '#1' }],
    };
    for (const name of Object.keys(samples) as (keyof typeof samples)[]) {
      const args = samples[name] as unknown[];
      const call = (api: Record<string, unknown>) =>
        (api[name] as (...a: unknown[]) => unknown)(...args);
      expect([name, call(view as unknown as Record<string, unknown>)]).toEqual([
        name,
        call(real as unknown as Record<string, unknown>),
      ]);
    }
    // A method added to the core API must be added to the view API too.
    const remoteOnly = [
      'start',
      'stop',
      'forgetStoredWork',
      'admin',
      'searchUsers',
      'searchQueues',
      'diagnostics',
    ];
    expect(
      Object.keys(real)
        .filter((key) => !remoteOnly.includes(key))
        .sort(),
    ).toEqual(Object.keys(samples).sort());
  });
});
