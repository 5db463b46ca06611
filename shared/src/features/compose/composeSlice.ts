// What the agent is typing in each chat's reply box. Kept per conversation and persisted,
// so switching chats or reloading loses nothing (rule 12).
import { createEntityAdapter, createSlice, type PayloadAction } from '@reduxjs/toolkit';

export interface ReplyDraft {
  /** The conversation id. */
  id: string;
  text: string;
  /** Why the last send was refused (e.g. too long); the text stays. */
  error?: 'empty' | 'tooLong' | 'notConnected';
}

export const draftsAdapter = createEntityAdapter<ReplyDraft>();

export const composeSlice = createSlice({
  name: 'compose',
  initialState: draftsAdapter.getInitialState(),
  reducers: {
    draftChanged(state, action: PayloadAction<{ conversationId: string; text: string }>) {
      const { conversationId, text } = action.payload;
      draftsAdapter.setOne(state, { id: conversationId, text });
    },
    draftRefused(
      state,
      action: PayloadAction<{ conversationId: string; error: NonNullable<ReplyDraft['error']> }>,
    ) {
      const draft = state.entities[action.payload.conversationId];
      if (draft !== undefined) draft.error = action.payload.error;
      else
        draftsAdapter.addOne(state, {
          id: action.payload.conversationId,
          text: '',
          error: action.payload.error,
        });
    },
    draftSent(state, action: PayloadAction<{ conversationId: string }>) {
      draftsAdapter.removeOne(state, action.payload.conversationId);
    },
    draftsRestored(state, action: PayloadAction<ReplyDraft[]>) {
      draftsAdapter.upsertMany(state, action.payload);
    },
  },
});

export const { draftChanged, draftRefused, draftSent, draftsRestored } = composeSlice.actions;
