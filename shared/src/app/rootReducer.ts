// The store's shape: one slice per feature.
import { combineReducers } from '@reduxjs/toolkit';
import { composeSlice } from '../features/compose/composeSlice';
import { crmSlice } from '../features/crm/crmSlice';
import { connectionSlice } from '../features/connection/connectionSlice';
import { interactionsReducer, isSnapshotEvent } from '../features/interactions/interactionsSlice';
import { messagesSlice } from '../features/messages/messagesSlice';
import { noticesSlice } from '../features/notices/noticesSlice';
import { outboxSlice } from '../features/outbox/outboxSlice';
import { sessionSlice, signedOut } from '../features/session/sessionSlice';
import { settingsSlice } from '../features/settings/settingsSlice';
import { wrapupSlice } from '../features/wrapup/wrapupSlice';

/** Each slice's reducer, by its key in the state. */
export const sliceReducers = {
  session: sessionSlice.reducer,
  settings: settingsSlice.reducer,
  connection: connectionSlice.reducer,
  interactions: interactionsReducer,
  messages: messagesSlice.reducer,
  compose: composeSlice.reducer,
  wrapup: wrapupSlice.reducer,
  outbox: outboxSlice.reducer,
  notices: noticesSlice.reducer,
  crm: crmSlice.reducer,
};

const combinedReducer = combineReducers(sliceReducers);

type CombinedState = ReturnType<typeof combinedReducer>;

/**
 * The busiest actions (chats' snapshots, many a second) change the interactions slice
 * only, so it skips the other nine reducers: each would return its own state after a lookup
 * and an allocation. rootReducer.test.ts proves no other slice answers it.
 */
function snapshotOnly(state: CombinedState, action: Parameters<typeof interactionsReducer>[1]) {
  const interactions = interactionsReducer(state.interactions, action);
  return interactions === state.interactions ? state : { ...state, interactions };
}

/** Sign-out keeps only the settings; every other slice starts again. */
export const rootReducer: typeof combinedReducer = (state, action) => {
  if (isSnapshotEvent(action) && state?.interactions !== undefined) {
    // Only a preloaded state may lack slices, and the store's init action fills them in
    // before any snapshot: by now the state is whole.
    return snapshotOnly(state as CombinedState, action);
  }
  return combinedReducer(
    signedOut.match(action) && state !== undefined ? { settings: state.settings } : state,
    action,
  );
};

export type RootState = ReturnType<typeof rootReducer>;
