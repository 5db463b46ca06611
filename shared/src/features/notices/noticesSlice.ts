// Errors and confirmations the UI shows. Each carries a message key (translated by the UI)
// and the platform's own message when there is one.
import { createEntityAdapter, createSlice, nanoid, type PayloadAction } from '@reduxjs/toolkit';

export type NoticeKind = 'error' | 'warning' | 'success' | 'info';

export interface Notice {
  id: string;
  kind: NoticeKind;
  /** A key of the UI's message resources, e.g. `notice.pickUpConflict`. */
  key: string;
  params: Record<string, string | number>;
  /** The platform's own message, shown beside ours. */
  detail?: string;
  conversationId?: string;
  at: number;
}

export const noticesAdapter = createEntityAdapter<Notice>();

const MAX_NOTICES = 50;

export const noticesSlice = createSlice({
  name: 'notices',
  initialState: noticesAdapter.getInitialState(),
  reducers: {
    noticeRaised: {
      reducer(state, action: PayloadAction<Notice>) {
        noticesAdapter.addOne(state, action.payload);
        if (state.ids.length > MAX_NOTICES) noticesAdapter.removeOne(state, state.ids[0] ?? '');
      },
      prepare(
        notice: Omit<Notice, 'id' | 'at' | 'params'> & { params?: Notice['params']; at?: number },
      ) {
        return {
          payload: { params: {}, ...notice, id: nanoid(), at: notice.at ?? Date.now() },
        };
      },
    },
    noticeDismissed(state, action: PayloadAction<{ id: string }>) {
      noticesAdapter.removeOne(state, action.payload.id);
    },
  },
});

export const { noticeRaised, noticeDismissed } = noticesSlice.actions;
