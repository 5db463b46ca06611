// A host that goes away and another that starts (the leading panel or tab closed, another
// took the lead): the views follow the new host, keep what they showed, and nothing runs twice.
import { configureStore, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { waitFor } from '../../testing/waitFor';
import type { RemoteAction } from './protocol';
import { startRemoteHost, type RemoteHost } from './remoteHost';
import { createRemoteReplica } from './remoteReplica';
import { createMemoryHub, type RemoteTransport } from './transport';

const notes = createSlice({
  name: 'notes',
  initialState: { draft: '', saved: 0 },
  reducers: {
    typed(state, action: PayloadAction<string>) {
      state.draft = action.payload;
    },
    saved(state) {
      state.saved += 1;
    },
  },
});
const { typed, saved } = notes.actions;
type NotesState = ReturnType<typeof notes.reducer>;

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
});

/** A host on its own store; `received` lists every command it applied, in order. */
function startHost(
  transport: RemoteTransport,
  preloaded?: NotesState,
  afterCommand?: (action: RemoteAction) => void,
  calls?: object,
) {
  const store = configureStore({ reducer: notes.reducer, preloadedState: preloaded });
  const received: RemoteAction[] = [];
  const host: RemoteHost = startRemoteHost({
    store: {
      getState: () => store.getState(),
      subscribe: (listener) => store.subscribe(listener),
      dispatch(action) {
        received.push(action);
        store.dispatch(action);
        afterCommand?.(action);
      },
    },
    transport,
    acceptCommand: () => true,
    ...(calls === undefined ? {} : { calls }),
  });
  cleanups.push(() => host.close());
  return { store, host, received };
}

/** Restores the typed draft the old host had, once the new one has none. */
function resumeDraft(previous: NotesState, current: NotesState): RemoteAction[] | null {
  if (previous.draft === '' || current.draft !== '') return null;
  return [typed(previous.draft)];
}

function openView(transport: RemoteTransport) {
  const replica = createRemoteReplica<NotesState>({
    transport,
    reducer: notes.reducer,
    // Longer than the tests: only the announce or a patch can make the view notice.
    helloIntervalMs: 10_000,
    resume: resumeDraft,
  });
  cleanups.push(() => replica.close());
  return replica;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a host replaced by another', () => {
  it('the view resyncs from the new host at once, then follows its updates', async () => {
    const hub = createMemoryHub();
    const first = startHost(hub.connect());
    first.store.dispatch(saved());
    const replica = openView(hub.connect());
    await replica.ready;
    expect(replica.getState().saved).toBe(1);

    first.host.close();
    // The new host starts from what the old one persisted, plus one change of its own.
    const second = startHost(hub.connect(), { draft: '', saved: 5 });
    await waitFor(() => replica.getState().saved === 5);
    expect(second.host.viewCount()).toBe(1);

    second.store.dispatch(saved());
    await waitFor(() => replica.getState().saved === 6);
    replica.dispatch(saved());
    await waitFor(() => second.store.getState().saved === 7);
  });

  it('keeps the typed draft: the new host gets it back once, however many updates follow', async () => {
    const hub = createMemoryHub();
    const first = startHost(hub.connect());
    const replica = openView(hub.connect());
    await replica.ready;
    replica.dispatch(typed('Your order ships today'));
    await waitFor(() => first.store.getState().draft === 'Your order ships today');

    first.host.close();
    const second = startHost(hub.connect());
    await waitFor(() => second.store.getState().draft === 'Your order ships today');
    for (let i = 0; i < 3; i += 1) second.store.dispatch(saved());
    await waitFor(() => replica.getState().saved === 3);
    await pause(30);
    expect(replica.getState().draft).toBe('Your order ships today');
    expect(second.received).toEqual([typed('Your order ships today')]);
  });

  it('a command the old host ran but never acknowledged is not run again by the new one', async () => {
    const hub = createMemoryHub();
    let closeFirst: () => void = () => undefined;
    // The old host's page goes away right after applying the command, before its patch.
    const first = startHost(hub.connect(), undefined, () => closeFirst());
    closeFirst = () => first.host.close();
    const replica = openView(hub.connect());
    await replica.ready;
    replica.dispatch(saved());
    await waitFor(() => first.store.getState().saved === 1);

    // The new host starts from the old one's persisted work (the command's effect included).
    const second = startHost(hub.connect(), first.store.getState());
    await waitFor(() => second.host.viewCount() === 1);
    second.store.dispatch(typed('later'));
    await waitFor(() => replica.getState().draft === 'later');
    await pause(30);
    expect(second.store.getState().saved).toBe(1);
    expect(replica.getState().saved).toBe(1);
    expect(second.received).toEqual([]);
  });

  it('a call the old host never answered fails as soon as another host takes over', async () => {
    const hub = createMemoryHub();
    // The leading page closes while its sign-out is still under way.
    const first = startHost(hub.connect(), undefined, undefined, {
      host: { signOut: () => new Promise(() => undefined) },
    });
    const replica = openView(hub.connect());
    await replica.ready;
    const began = Date.now();
    const signOut = replica.call(['host', 'signOut'], []);
    await pause(20);
    first.host.close();
    startHost(hub.connect(), undefined, undefined, {
      host: { signOut: () => Promise.resolve(true) },
    });
    await expect(signOut).rejects.toThrow(
      /background changed before it answered host\.signOut; it may or may not have run/,
    );
    // At once, not after the 30 s a call waits for an answer.
    expect(Date.now() - began).toBeLessThan(5_000);
    // Asked again, the new host answers.
    await expect(replica.call(['host', 'signOut'], [])).resolves.toBe(true);
  });

  it('a view waiting for its first host syncs as soon as one announces itself', async () => {
    const hub = createMemoryHub();
    const replica = openView(hub.connect());
    await pause(20);
    expect(replica.isSynced()).toBe(false);
    startHost(hub.connect(), { draft: '', saved: 2 });
    await waitFor(() => replica.isSynced() && replica.getState().saved === 2);
  });
});
