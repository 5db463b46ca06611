// Wrap-up per conversation: the panel, the chosen code and notes (persisted), whether it
// was closed without Done (the red marker), and its submission; plus codes per queue.
import { createEntityAdapter, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { WrapupCode } from '../../platform/platformTypes';

export interface WrapupForm {
  /** The conversation id. */
  id: string;
  codeId: string | null;
  notes: string;
  panelOpen: boolean;
  /** Closed without Done while still owed: shown red, blocks pick-up (rule 11). */
  closedWithoutDone: boolean;
  /** Done was pressed; the outbox delivers it until the platform confirms. */
  submission: 'none' | 'pending' | 'failed';
  /** Why the last Done was refused or failed. */
  error?: 'noCode' | 'rejected';
  errorDetail?: string;
}

export interface QueueCodes {
  status: 'loading' | 'loaded' | 'failed';
  codes: WrapupCode[];
}

export const wrapupAdapter = createEntityAdapter<WrapupForm>();

const initialState = wrapupAdapter.getInitialState<{
  codesByQueue: Record<string, QueueCodes | undefined>;
}>({
  codesByQueue: {},
});

const blankForm = (id: string): WrapupForm => ({
  id,
  codeId: null,
  notes: '',
  panelOpen: false,
  closedWithoutDone: false,
  submission: 'none',
});

function form(state: typeof initialState, id: string): WrapupForm {
  const existing = state.entities[id];
  if (existing !== undefined) return existing;
  wrapupAdapter.addOne(state, blankForm(id));
  return state.entities[id] ?? blankForm(id);
}

export const wrapupSlice = createSlice({
  name: 'wrapup',
  initialState,
  reducers: {
    wrapupOpened(state, action: PayloadAction<{ conversationId: string }>) {
      const f = form(state, action.payload.conversationId);
      f.panelOpen = true;
      f.closedWithoutDone = false;
    },
    wrapupClosed(state, action: PayloadAction<{ conversationId: string }>) {
      const f = form(state, action.payload.conversationId);
      f.panelOpen = false;
      f.closedWithoutDone = f.submission !== 'pending';
    },
    codeChosen(state, action: PayloadAction<{ conversationId: string; codeId: string | null }>) {
      const f = form(state, action.payload.conversationId);
      f.codeId = action.payload.codeId;
      if (f.error === 'noCode') f.error = undefined;
    },
    notesChanged(state, action: PayloadAction<{ conversationId: string; notes: string }>) {
      form(state, action.payload.conversationId).notes = action.payload.notes;
    },
    doneRefused(state, action: PayloadAction<{ conversationId: string; error: 'noCode' }>) {
      const f = form(state, action.payload.conversationId);
      f.error = action.payload.error;
      f.panelOpen = true;
    },
    submissionQueued(state, action: PayloadAction<{ conversationId: string }>) {
      const f = form(state, action.payload.conversationId);
      f.submission = 'pending';
      f.panelOpen = false;
      f.closedWithoutDone = false;
      f.error = undefined;
    },
    submissionRejected(state, action: PayloadAction<{ conversationId: string; detail?: string }>) {
      const f = form(state, action.payload.conversationId);
      f.submission = 'failed';
      f.error = 'rejected';
      f.errorDetail = action.payload.detail;
      f.panelOpen = true;
    },
    wrapupReleased(state, action: PayloadAction<{ conversationId: string }>) {
      wrapupAdapter.removeOne(state, action.payload.conversationId);
    },
    formsRestored(state, action: PayloadAction<WrapupForm[]>) {
      wrapupAdapter.upsertMany(state, action.payload);
    },
    queueCodesRequested(state, action: PayloadAction<{ queueId: string }>) {
      const existing = state.codesByQueue[action.payload.queueId];
      state.codesByQueue[action.payload.queueId] = {
        status: 'loading',
        codes: existing?.codes ?? [],
      };
    },
    queueCodesLoaded(state, action: PayloadAction<{ queueId: string; codes: WrapupCode[] }>) {
      state.codesByQueue[action.payload.queueId] = {
        status: 'loaded',
        codes: action.payload.codes,
      };
    },
    queueCodesFailed(state, action: PayloadAction<{ queueId: string }>) {
      const existing = state.codesByQueue[action.payload.queueId];
      state.codesByQueue[action.payload.queueId] = {
        status: 'failed',
        codes: existing?.codes ?? [],
      };
    },
  },
});

export const {
  wrapupOpened,
  wrapupClosed,
  codeChosen,
  notesChanged,
  doneRefused,
  submissionQueued,
  submissionRejected,
  wrapupReleased,
  formsRestored,
  queueCodesRequested,
  queueCodesLoaded,
  queueCodesFailed,
} = wrapupSlice.actions;
