// The generic mirror: a host beside a plain Redux-like store, views on a memory hub.
import { configureStore, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { waitFor } from '../../testing/waitFor';
import { startRemoteHost } from './remoteHost';
import { createRemoteReplica } from './remoteReplica';
import { createMemoryHub, type RemoteTransport } from './transport';

const notes = createSlice({
  name: 'notes',
  initialState: { text: '', saved: 0 },
  reducers: {
    typed(state, action: PayloadAction<string>) {
      state.text = action.payload;
    },
    saved(state) {
      state.saved += 1;
    },
  },
});
const { typed, saved } = notes.actions;
type NotesState = ReturnType<typeof notes.reducer>;

function makeHostStore() {
  return configureStore({ reducer: notes.reducer });
}

function view(transport: RemoteTransport, helloIntervalMs = 20) {
  return createRemoteReplica<NotesState>({
    transport,
    reducer: notes.reducer,
    helloIntervalMs,
    callTimeoutMs: 500,
  });
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
});

function setup(calls?: object) {
  const hub = createMemoryHub();
  const store = makeHostStore();
  const rejected: unknown[] = [];
  const host = startRemoteHost({
    store,
    transport: hub.connect(),
    acceptCommand: (action) => action.type === typed.type,
    calls,
    onRejected: (_reason, detail) => rejected.push(detail),
  });
  cleanups.push(() => host.close());
  const open = () => {
    const replica = view(hub.connect());
    cleanups.push(() => replica.close());
    return replica;
  };
  return { hub, store, host, open, rejected };
}

describe('remote mirror', () => {
  it('a view opened later starts from the host state at once', async () => {
    const { store, open } = setup();
    store.dispatch(typed('already here'));
    const replica = open();
    await replica.ready;
    expect(replica.getState().text).toBe('already here');
  });

  it('every view follows the host, however many are open', async () => {
    const { store, open } = setup();
    const views = [open(), open(), open()];
    await Promise.all(views.map((replica) => replica.ready));
    store.dispatch(saved());
    store.dispatch(saved());
    await waitFor(() => views.every((replica) => replica.getState().saved === 2));
  });

  it('a command typed in one view reaches the host and every other view', async () => {
    const { store, open } = setup();
    const [first, second] = [open(), open()];
    await Promise.all([first.ready, second.ready]);
    first.dispatch(typed('hello'));
    // The typing view shows it before any round trip.
    expect(first.getState().text).toBe('hello');
    await waitFor(() => second.getState().text === 'hello');
    expect(store.getState().text).toBe('hello');
  });

  it('fast typing never jumps back to an older host state', async () => {
    const { open } = setup();
    const replica = open();
    await replica.ready;
    const seen: string[] = [];
    replica.subscribe(() => seen.push(replica.getState().text));
    for (const text of ['h', 'he', 'hel', 'hell', 'hello']) replica.dispatch(typed(text));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual(['h', 'he', 'hel', 'hell', 'hello']);
    expect(replica.getState().text).toBe('hello');
  });

  it('a view started before its host catches up and delivers what was typed meanwhile', async () => {
    const hub = createMemoryHub();
    const replica = view(hub.connect());
    cleanups.push(() => replica.close());
    replica.dispatch(typed('early'));
    expect(replica.isSynced()).toBe(false);
    const store = makeHostStore();
    const host = startRemoteHost({
      store,
      transport: hub.connect(),
      acceptCommand: () => true,
    });
    cleanups.push(() => host.close());
    await replica.ready;
    await waitFor(() => store.getState().text === 'early');
    expect(host.viewCount()).toBe(1);
  });

  it('drops commands the host does not accept, and the view falls back to the host state', async () => {
    const { store, open, rejected } = setup();
    const replica = open();
    await replica.ready;
    replica.dispatch(saved());
    expect(replica.getState().saved).toBe(1);
    await waitFor(() => replica.getState().saved === 0);
    expect(store.getState().saved).toBe(0);
    expect(rejected).toEqual([saved.type]);
  });

  it('answers calls with the served function result or its error', async () => {
    const served = {
      search: {
        users: (text: string) => Promise.resolve([`${text}-1`, `${text}-2`]),
        fail: () => Promise.reject(Object.assign(new Error('busy'), { status: 429 })),
      },
    };
    const { open } = setup(served);
    const replica = open();
    await replica.ready;
    await expect(replica.call(['search', 'users'], ['ann'])).resolves.toEqual(['ann-1', 'ann-2']);
    await expect(replica.call(['search', 'fail'], [])).rejects.toMatchObject({
      message: 'busy',
      status: 429,
    });
    await expect(replica.call(['toString'], [])).rejects.toThrow('No remote call toString');
    await expect(replica.call(['search', 'constructor'], [])).rejects.toThrow(/No remote call/);
  });

  it('a call nobody answers rejects instead of hanging', async () => {
    const hub = createMemoryHub();
    const replica = view(hub.connect());
    cleanups.push(() => replica.close());
    await expect(replica.call(['anything'], [])).rejects.toThrow(/did not answer/);
  });

  it('asks for a new snapshot when a patch went missing', async () => {
    const hub = createMemoryHub();
    const store = makeHostStore();
    let dropNext = false;
    const hostSide = hub.connect();
    const lossy: RemoteTransport = {
      ...hostSide,
      send(message) {
        const kind = (message as { kind?: string }).kind;
        if (dropNext && kind === 'patch') {
          dropNext = false;
          return;
        }
        hostSide.send(message);
      },
    };
    const host = startRemoteHost({ store, transport: lossy, acceptCommand: () => true });
    cleanups.push(() => host.close());
    const replica = view(hub.connect());
    cleanups.push(() => replica.close());
    await replica.ready;
    dropNext = true;
    store.dispatch(saved());
    await new Promise((resolve) => setTimeout(resolve, 10));
    store.dispatch(saved());
    await waitFor(() => replica.getState().saved === 2);
  });

  it('a closed view stops following and is no longer counted', async () => {
    const { store, host, open } = setup();
    const replica = open();
    await replica.ready;
    expect(host.viewCount()).toBe(1);
    replica.close();
    store.dispatch(saved());
    await waitFor(() => host.viewCount() === 0);
    expect(replica.getState().saved).toBe(0);
  });
});
