// Notices that help (issue 17): the same notice is counted, not stacked; informational ones
// leave by themselves while errors stay; a page with no CRM never says "no CRM record".
import createSagaMiddleware from 'redux-saga';
import { makeStore } from '../../app/store';
import { systemClock } from '../../ports/clock';
import { createPageAttention } from '../../embed/pageAttention';
import { noticeRaised } from './noticesSlice';
import { noticeSaga } from './noticeSaga';
import { SEED_IDS, startSimulator } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';

// Fake timers: the linger is a saga `delay`, and real time on a loaded CI core let a
// 30 ms gap stretch past the whole linger.
const LINGER_MS = 40;

function storeWithNoticeSaga() {
  const sagas = createSagaMiddleware();
  const store = makeStore(undefined, sagas);
  const task = sagas.run(noticeSaga, {
    timings: { noticeLingerMs: LINGER_MS } as never,
    clock: systemClock,
  });
  return { store, stop: () => task.cancel() };
}

const shown = (store: ReturnType<typeof makeStore>) =>
  store.getState().notices.ids.map((id) => {
    const n = store.getState().notices.entities[id];
    return `${n?.key ?? ''} x${String(n?.count)}`;
  });

describe('notices', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('counts a repeated notice instead of stacking it, and moves it to the newest place', () => {
    const store = makeStore();
    const failed = { kind: 'error', key: 'notice.sendFailed', conversationId: 'c1' } as const;
    store.dispatch(noticeRaised(failed));
    store.dispatch(noticeRaised({ kind: 'error', key: 'notice.holdFailed' }));
    store.dispatch(noticeRaised(failed));
    store.dispatch(noticeRaised(failed));
    expect(shown(store)).toEqual(['notice.holdFailed x1', 'notice.sendFailed x3']);
    // Another chat's failure is another notice.
    store.dispatch(noticeRaised({ ...failed, conversationId: 'c2' }));
    expect(shown(store)).toHaveLength(3);
  });

  it('lets informational notices leave by themselves; errors and warnings stay', async () => {
    jest.useFakeTimers();
    const { store, stop } = storeWithNoticeSaga();
    store.dispatch(noticeRaised({ kind: 'info', key: 'notice.wrapupNotOwed' }));
    store.dispatch(noticeRaised({ kind: 'success', key: 'notice.crmLogged' }));
    store.dispatch(noticeRaised({ kind: 'error', key: 'notice.sendFailed' }));
    store.dispatch(noticeRaised({ kind: 'warning', key: 'notice.screenPopFailed' }));
    expect(shown(store)).toHaveLength(4);
    await jest.advanceTimersByTimeAsync(LINGER_MS * 3);
    expect(shown(store)).toEqual(['notice.sendFailed x1', 'notice.screenPopFailed x1']);
    stop();
  });

  it('keeps a repeated informational notice for the full time after its last repeat', async () => {
    jest.useFakeTimers();
    const { store, stop } = storeWithNoticeSaga();
    store.dispatch(noticeRaised({ kind: 'info', key: 'notice.wrapupNotOwed', at: 1 }));
    await jest.advanceTimersByTimeAsync(LINGER_MS / 2);
    store.dispatch(noticeRaised({ kind: 'info', key: 'notice.wrapupNotOwed', at: 2 }));
    await jest.advanceTimersByTimeAsync(LINGER_MS * 0.75);
    expect(shown(store)).toEqual(['notice.wrapupNotOwed x2']);
    await jest.advanceTimersByTimeAsync(LINGER_MS);
    expect(shown(store)).toEqual([]);
    stop();
  });
});

describe('a page with no CRM', () => {
  it('picks up a chat without a "no CRM record matches" notice', async () => {
    const sim = await startSimulator();
    const doc = { title: 'Agent', documentElement: { lang: 'en' } } as unknown as Document;
    try {
      const core = await sim.startCore(SEED_IDS.agentAlex, {
        crm: createPageAttention({ document: doc, language: () => 'en' }),
      });
      const conversationId = await sim.pickUpNewChat(core, 'Nobody In A CRM');
      await waitFor(() => core.store.getState().crm.entities[conversationId]?.status === 'none', {
        what: 'the screen pop',
      });
      expect(Object.values(core.store.getState().notices.entities)).toEqual([]);
    } finally {
      await sim.stop();
    }
  });
});
