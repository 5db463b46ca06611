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
  /** The outbox item the notice's Retry sends again (work the core gave up on). */
  retryId?: string;
  /** When it was last raised. */
  at: number;
  /** How many times this same notice was raised while shown: repeats count, never stack. */
  count: number;
}

/** Two notices are "the same" when the agent would read the same words about the same chat. */
export function noticeIdentity(
  notice: Pick<Notice, 'kind' | 'key' | 'params' | 'detail' | 'conversationId' | 'retryId'>,
): string {
  return JSON.stringify([
    notice.kind,
    notice.key,
    notice.conversationId ?? '',
    notice.retryId ?? '',
    notice.detail ?? '',
    Object.entries(notice.params).sort(([a], [b]) => a.localeCompare(b)),
  ]);
}

/** Informational notices leave by themselves after this long; errors and warnings stay. */
export const isTransient = (kind: NoticeKind) => kind === 'info' || kind === 'success';

export const noticesAdapter = createEntityAdapter<Notice>();

const MAX_NOTICES = 50;

export const noticesSlice = createSlice({
  name: 'notices',
  initialState: noticesAdapter.getInitialState(),
  reducers: {
    noticeRaised: {
      reducer(state, action: PayloadAction<Notice>) {
        const identity = noticeIdentity(action.payload);
        const same = state.ids.find((id) => {
          const shown = state.entities[id];
          return shown !== undefined && noticeIdentity(shown) === identity;
        });
        if (same !== undefined) {
          // Shown again: counted, moved to the newest place, its linger time restarted.
          const shown = state.entities[same];
          if (shown !== undefined) {
            shown.count += 1;
            shown.at = action.payload.at;
          }
          state.ids = [...state.ids.filter((id) => id !== same), same];
          return;
        }
        noticesAdapter.addOne(state, action.payload);
        if (state.ids.length > MAX_NOTICES) noticesAdapter.removeOne(state, state.ids[0] ?? '');
      },
      prepare(
        notice: Omit<Notice, 'id' | 'at' | 'params' | 'count'> & {
          params?: Notice['params'];
          at?: number;
        },
      ) {
        return {
          payload: { params: {}, ...notice, id: nanoid(), at: notice.at ?? Date.now(), count: 1 },
        };
      },
    },
    noticeDismissed(state, action: PayloadAction<{ id: string }>) {
      noticesAdapter.removeOne(state, action.payload.id);
    },
  },
});

export const { noticeRaised, noticeDismissed } = noticesSlice.actions;
