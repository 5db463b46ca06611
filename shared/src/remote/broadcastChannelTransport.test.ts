// The real BroadcastChannel (Node has the browser's class): delivery between two frames'
// endpoints, never to the sender, and the mirror running over it.
import { configureStore, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { waitFor } from '../../testing/waitFor';
import { createBroadcastChannelTransport } from './broadcastChannelTransport';
import { startRemoteHost } from './remoteHost';
import { createRemoteReplica } from './remoteReplica';

const counter = createSlice({
  name: 'counter',
  initialState: { value: 0 },
  reducers: {
    set(state, action: PayloadAction<number>) {
      state.value = action.payload;
    },
  },
});

describe('BroadcastChannel transport', () => {
  it('delivers to the other endpoints of the name, not to the sender nor other names', async () => {
    const a = createBroadcastChannelTransport('acd-test-a');
    const b = createBroadcastChannelTransport('acd-test-a');
    const other = createBroadcastChannelTransport('acd-test-b');
    const heard = { a: [] as unknown[], b: [] as unknown[], other: [] as unknown[] };
    a.listen((message) => heard.a.push(message));
    b.listen((message) => heard.b.push(message));
    other.listen((message) => heard.other.push(message));
    a.send({ hello: 'b' });
    await waitFor(() => heard.b.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toEqual({ a: [], b: [{ hello: 'b' }], other: [] });
    [a, b, other].forEach((transport) => transport.close());
  });

  it('carries the mirror between a host and a view', async () => {
    const store = configureStore({ reducer: counter.reducer });
    const hostTransport = createBroadcastChannelTransport('acd-test-mirror');
    const viewTransport = createBroadcastChannelTransport('acd-test-mirror');
    const host = startRemoteHost({ store, transport: hostTransport, acceptCommand: () => true });
    const replica = createRemoteReplica({ transport: viewTransport, reducer: counter.reducer });
    await replica.ready;
    replica.dispatch(counter.actions.set(7));
    await waitFor(() => store.getState().value === 7);
    store.dispatch(counter.actions.set(8));
    await waitFor(() => replica.getState().value === 8);
    replica.close();
    host.close();
    hostTransport.close();
    viewTransport.close();
  });
});
