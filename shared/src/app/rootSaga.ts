// Starts every feature saga once the session is known. Each saga is one long-lived process.
import { all, call, cancel, fork, join, put } from 'typed-redux-saga';
import {
  appearOrLeave,
  conversationLifecycleSaga,
} from '../features/interactions/conversationLifecycleSaga';
import { everyChatChange } from '../features/interactions/everyChatChange';
import { interactionCommandSagas } from '../features/interactions/interactionCommandSagas';
import { selectionSaga } from '../features/interactions/selectionSaga';
import { messageSagas } from '../features/messages/messageSagas';
import { messagingSaga } from '../features/messaging/messagingSaga';
import { listAhead, notificationSaga } from '../features/notifications/notificationSaga';
import { outboxSaga } from '../features/outbox/outboxSaga';
import { crmSagas, popPickedUpChats } from '../features/crm/crmSagas';
import { noticeSaga } from '../features/notices/noticeSaga';
import { persistenceSaga, restorePersisted } from '../features/persistence/persistenceSaga';
import { preferencesSaga, restorePreferences } from '../features/settings/preferencesSaga';
import { openOwedWrapups, wrapupSagas } from '../features/wrapup/wrapupSagas';
import { loadSession, presenceSaga } from '../features/session/sessionSaga';
import { sessionLoading } from '../features/session/sessionSlice';
import type { CoreDeps } from './coreDeps';

export function* rootSaga(deps: CoreDeps) {
  // The chat list is asked for beside the session (it does not depend on it), so a cold start
  // is not a chain of round trips. The session leaves first: everything else waits for it,
  // and each request costs the page a few ms to send. The notification channel is asked for
  // after sign-in, when the page is next idle (notificationSaga).
  yield* put(sessionLoading());
  const session = yield* fork(loadSession, deps);
  const list = yield* fork(listAhead, deps);
  const signedIn = yield* join(session);
  if (!signedIn) {
    yield* cancel(list);
    return;
  }
  // Drafts, forms and the outbox are back before any event could touch them.
  yield* call(restorePersisted, deps);
  yield* call(restorePreferences, deps);
  yield* all([
    // What each chat-list change means for wrap-up, the CRM and the chat's lifecycle, in
    // that order, in one saga (see everyChatChange).
    fork(everyChatChange, [openOwedWrapups(deps), popPickedUpChats(deps), appearOrLeave()]),
    fork(preferencesSaga, deps),
    fork(persistenceSaga, deps),
    fork(wrapupSagas, deps),
    fork(crmSagas, deps),
    fork(noticeSaga, deps),
    fork(presenceSaga, deps),
    fork(interactionCommandSagas, deps),
    fork(selectionSaga, deps),
    fork(messageSagas, deps),
    fork(messagingSaga, deps),
    fork(conversationLifecycleSaga, deps),
    fork(notificationSaga, deps, list),
    fork(outboxSaga, deps),
  ]);
}
