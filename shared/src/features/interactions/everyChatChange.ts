// The one place a saga learns which chats an event may have changed: one chat's snapshot
// touches that chat only (so the cost stays flat in the number of chats), the platform's whole
// list (resync) every chat. A snapshot that changed nothing (a repeat, a late one) wakes no one.
// Every feature's handler runs in this one saga: a snapshot wakes one taker and reads the
// state once, instead of one take and one select per feature.
import { select, take } from 'typed-redux-saga';
import type { RootState } from '../../app/rootReducer';
import {
  isChatListChange,
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

export type ChatChangeHandler = (change: ChatChange) => Generator<unknown, void>;

/** Runs the handlers, in the order given, for each change to the chat list, one at a time. */
export function* everyChatChange(handlers: readonly ChatChangeHandler[]) {
  let seen: InteractionsState | undefined;
  for (;;) {
    const action = yield* take(isChatListChange);
    const state = yield* select((s: RootState) => s);
    const snapshot = action.type === snapshotReceived.type;
    // The reducer keeps the same state for a snapshot that changed nothing.
    const unchanged = snapshot && state.interactions === seen;
    seen = state.interactions;
    if (unchanged) continue;
    const change = { action, state, ids: snapshot ? [action.payload.id] : state.interactions.ids };
    for (const handle of handlers) yield* handle(change);
  }
}
