// The store's shape: one slice per feature.
import { combineReducers } from '@reduxjs/toolkit';
import { composeSlice } from '../features/compose/composeSlice';
import { crmSlice } from '../features/crm/crmSlice';
import { connectionSlice } from '../features/connection/connectionSlice';
import { interactionsReducer } from '../features/interactions/interactionsSlice';
import { messagesSlice } from '../features/messages/messagesSlice';
import { noticesSlice } from '../features/notices/noticesSlice';
import { outboxSlice } from '../features/outbox/outboxSlice';
import { sessionSlice, signedOut } from '../features/session/sessionSlice';
import { settingsSlice } from '../features/settings/settingsSlice';
import { wrapupSlice } from '../features/wrapup/wrapupSlice';

const combinedReducer = combineReducers({
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
});

/** Sign-out keeps only the settings; every other slice starts again. */
export const rootReducer: typeof combinedReducer = (state, action) =>
  combinedReducer(
    signedOut.match(action) && state !== undefined ? { settings: state.settings } : state,
    action,
  );

export type RootState = ReturnType<typeof rootReducer>;
