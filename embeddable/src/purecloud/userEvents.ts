// UserAction events (the agent's status and routing status) and Notification events (the
// client's own notices, in the agent's language) for the file's subscribers.
import type { CoreState as RootState } from '../coreTypes';
import type { SystemPresence } from '@acd/shared';
import type { Subscriptions } from './subscriptions';

export function watchUserAndNotices(
  store: { getState(): RootState; subscribe(listener: () => void): () => void },
  subscriptions: Subscriptions,
  translate: (key: string, params: Record<string, string | number>) => string,
  statusIdOf: (presence: SystemPresence) => string,
): () => void {
  let presence = store.getState().session.presence;
  let routing = store.getState().session.routingStatus;
  let noticeIds = new Set(store.getState().notices.ids);
  const check = () => {
    const state = store.getState();
    if (state.session.presence !== presence) {
      presence = state.session.presence;
      if (presence !== null) {
        subscriptions.emit('UserAction', 'status', { id: statusIdOf(presence), name: presence });
      }
    }
    if (state.session.routingStatus !== routing) {
      routing = state.session.routingStatus;
      if (routing !== null) subscriptions.emit('UserAction', 'routingStatus', { id: routing });
    }
    if (state.notices.ids.length > 0 || noticeIds.size > 0) {
      const next = new Set(state.notices.ids);
      for (const id of next) {
        if (noticeIds.has(id)) continue;
        const notice = state.notices.entities[id];
        if (notice === undefined) continue;
        subscriptions.emit('Notification', 'notification', {
          type: notice.kind,
          message: translate(notice.key, notice.params),
          ...(notice.conversationId === undefined ? {} : { interactionId: notice.conversationId }),
        });
      }
      noticeIds = next;
    }
  };
  return store.subscribe(check);
}
