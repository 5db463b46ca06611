// Work the platform or the CRM must confirm: sent messages, wrap-ups, CRM logs. Each item
// has an idempotency key; the outbox saga retries it until confirmed and persists it.
import { createEntityAdapter, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { InteractionLog } from '../../ports/crmAdapter';

export type OutboxPayload =
  | { kind: 'message'; body: string }
  | { kind: 'wrapup'; code: string; notes?: string }
  | { kind: 'crmLog'; log: InteractionLog };

export interface OutboxItem {
  /** The idempotency key. */
  id: string;
  conversationId: string;
  participantId: string;
  payload: OutboxPayload;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  /** An attempt whose outcome is unknown (timeout, dropped connection) may have landed. */
  uncertain: boolean;
  /**
   * A message: the ids of the transcript's messages with the same text when its last attempt
   * that could not have landed before began (the transcript loaded). None of them can be this
   * send; whatever came after may be its copy (the echo of an attempt whose answer was lost).
   */
  earlierCopies?: string[];
  lastError?: string;
  state: 'queued' | 'sending' | 'failed';
}

export const outboxAdapter = createEntityAdapter<OutboxItem, string>({
  selectId: (item) => item.id,
  sortComparer: (a, b) => a.createdAt - b.createdAt,
});

export const outboxSlice = createSlice({
  name: 'outbox',
  initialState: outboxAdapter.getInitialState(),
  reducers: {
    itemQueued(state, action: PayloadAction<OutboxItem>) {
      outboxAdapter.addOne(state, action.payload);
    },
    itemsRestored(state, action: PayloadAction<OutboxItem[]>) {
      // Whatever was in flight when the page went away is uncertain now.
      outboxAdapter.upsertMany(
        state,
        action.payload.map((item) => ({
          ...item,
          state: item.state === 'failed' ? 'failed' : 'queued',
          uncertain: item.uncertain || item.state === 'sending',
        })),
      );
    },
    attemptStarted(state, action: PayloadAction<{ id: string; earlierCopies?: string[] }>) {
      const item = state.entities[action.payload.id];
      if (item === undefined) return;
      item.state = 'sending';
      item.attempts += 1;
      if (action.payload.earlierCopies !== undefined)
        item.earlierCopies = action.payload.earlierCopies;
    },
    attemptFailed(
      state,
      action: PayloadAction<{ id: string; error: string; retryAt: number; uncertain: boolean }>,
    ) {
      const item = state.entities[action.payload.id];
      if (item === undefined) return;
      item.state = 'queued';
      item.lastError = action.payload.error;
      item.nextAttemptAt = action.payload.retryAt;
      item.uncertain = item.uncertain || action.payload.uncertain;
    },
    itemAbandoned(state, action: PayloadAction<{ id: string; error: string }>) {
      const item = state.entities[action.payload.id];
      if (item === undefined) return;
      item.state = 'failed';
      item.lastError = action.payload.error;
      // Refused after the attempt looked for an earlier copy and found none: nothing of it is
      // on the platform, so the agent's Retry is a first attempt again.
      item.uncertain = false;
    },
    itemRetryRequested(state, action: PayloadAction<{ id: string; at: number }>) {
      const item = state.entities[action.payload.id];
      if (item === undefined) return;
      item.state = 'queued';
      item.nextAttemptAt = action.payload.at;
    },
    /**
     * The agent's leg of the chat is over: its replies and wrap-up can no longer land (or
     * already have). Its CRM log still matters and stays.
     */
    platformItemsDiscarded(state, action: PayloadAction<{ conversationId: string }>) {
      const gone = Object.values(state.entities)
        .filter(
          (item) =>
            item.conversationId === action.payload.conversationId && item.payload.kind !== 'crmLog',
        )
        .map((item) => item.id);
      outboxAdapter.removeMany(state, gone);
    },
    itemConfirmed(state, action: PayloadAction<{ id: string }>) {
      outboxAdapter.removeOne(state, action.payload.id);
    },
  },
});

export const {
  itemQueued,
  itemsRestored,
  attemptStarted,
  attemptFailed,
  itemAbandoned,
  itemRetryRequested,
  itemConfirmed,
  platformItemsDiscarded,
} = outboxSlice.actions;
