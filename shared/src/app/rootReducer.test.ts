// Sign-out empties the store but the settings: a Zendesk view mirroring the core then shows
// the sign-in and nothing of the agent who left (their chats, drafts, identity).
import { draftChanged } from '../features/compose/composeSlice';
import { sessionLoaded, signedOut } from '../features/session/sessionSlice';
import { settingsChanged } from '../features/settings/settingsSlice';
import { snapshotReceived, signedIn } from '../features/interactions/interactionsSlice';
import { connectedChat } from '../../testing/chatSnapshots';
import { rootReducer, sliceReducers } from './rootReducer';

describe('session/signedOut', () => {
  it('keeps the settings and starts every other slice again', () => {
    const start = rootReducer(undefined, { type: '@@init' });
    let state = rootReducer(start, settingsChanged({ language: 'ja', ringing: false }));
    state = rootReducer(
      state,
      sessionLoaded({
        user: { id: 'u1', name: 'Alex', email: 'a@example.com', permissions: [] },
        presence: 'On Queue',
        routingStatus: null,
      }),
    );
    state = rootReducer(state, draftChanged({ conversationId: 'c1', text: 'card 4111' }));
    expect(state.compose.ids).toEqual(['c1']);

    const after = rootReducer(state, signedOut());
    expect(after.settings).toEqual(state.settings);
    expect(after.settings.language).toBe('ja');
    expect(after.session).toEqual(start.session);
    expect(after.session.status).toBe('signedOut');
    expect(after.compose).toEqual(start.compose);
    expect({ ...after, settings: start.settings }).toEqual(start);
  });
});

describe('interactions/snapshotReceived', () => {
  it('changes the interactions only, so the root reducer may skip every other slice', () => {
    let state = rootReducer(undefined, { type: '@@init' });
    state = rootReducer(state, draftChanged({ conversationId: 'c1', text: 'draft' }));
    state = rootReducer(state, signedIn({ userId: 'agent-1' }));
    const snapshot = snapshotReceived(connectedChat('c1', 'agent-1'));

    for (const [key, reducer] of Object.entries(sliceReducers)) {
      if (key === 'interactions') continue;
      const slice = state[key as keyof typeof state];
      expect({
        key,
        same: (reducer as (s: unknown, a: unknown) => unknown)(slice, snapshot) === slice,
      }).toEqual({ key, same: true });
    }
    const after = rootReducer(state, snapshot);
    expect(after.interactions.ids).toEqual(['c1']);
    expect({ ...after, interactions: state.interactions }).toEqual(state);
  });
});
