// The one place a saga learns which chats an event may have changed: one chat's snapshot
// touches that chat only (so the cost stays flat in the number of chats), a burst its chats,
// the platform's whole list (resync) every chat. A snapshot that changed nothing (a repeat, a
// late one) wakes no one.
// Every feature's handler runs in this one saga: a snapshot wakes one taker and reads the
// state once, instead of one take and one select per feature.
import { select, take } from 'typed-redux-saga';
import type { RootState } from '../../app/rootReducer';
import {
  isChatListChange,
  isResynced,
  isSnapshotReceived,
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

export type ChatChangeHandler = (change: ChatChange) => Generator<unknown, void>;

function changedIds(action: ChatListChange, interactions: InteractionsState): readonly string[] {
  if (isSnapshotReceived(action)) return [action.payload.id];
  if (isResynced(action)) return interactions.ids;
  return [...new Set(action.payload.map((snapshot) => snapshot.id))];
}

/** Runs the handlers, in the order given, for each change to the chat list, one at a time. */
export function* everyChatChange(handlers: readonly ChatChangeHandler[]) {
  let seen: InteractionsState | undefined;
  for (;;) {
    const action = yield* take(isChatListChange);
    const state = yield* select((s: RootState) => s);
    // The reducer keeps the same state for snapshots that changed nothing.
    const unchanged = !isResynced(action) && state.interactions === seen;
    seen = state.interactions;
    if (unchanged) continue;
    const change = { action, state, ids: changedIds(action, state.interactions) };
    for (const handle of handlers) yield* handle(change);
  }
}
