// The one place a saga learns which chats an event may have changed: one chat's snapshot
// touches that chat only (so the cost stays flat in the number of chats), the platform's whole
// list (resync) every chat. A snapshot that changed nothing (a repeat, a late one) wakes no one.
import { select, take } from 'typed-redux-saga';
import type { RootState } from '../../app/rootReducer';
import {
  resynced,
  snapshotReceived,
  type ChatListChange,
  type InteractionsState,
} from './interactionsSlice';

export interface ChatChange {
  action: ChatListChange;
  /** The whole state after the change. */
  state: RootState;
  /** The chats to look at: the snapshot's one, or every listed chat after a resync. */
  ids: readonly string[];
}

/** Runs `handle` for each change to the chat list, in order, one at a time. */
export function* everyChatChange(handle: (change: ChatChange) => Generator<unknown, void>) {
  let seen: InteractionsState | undefined;
  for (;;) {
    const action = yield* take<ChatListChange>([snapshotReceived, resynced]);
    const state = yield* select((s: RootState) => s);
    const snapshot = snapshotReceived.match(action);
    // The reducer keeps the same state for a snapshot that changed nothing.
    const unchanged = snapshot && state.interactions === seen;
    seen = state.interactions;
    if (unchanged) continue;
    yield* handle({ action, state, ids: snapshot ? [action.payload.id] : state.interactions.ids });
  }
}
