// Starts every feature saga once the session is known. Each saga is one long-lived process.
import { all, call, fork } from 'typed-redux-saga';
import { conversationLifecycleSaga } from '../features/interactions/conversationLifecycleSaga';
import { interactionCommandSagas } from '../features/interactions/interactionCommandSagas';
import { selectionSaga } from '../features/interactions/selectionSaga';
import { messageSagas } from '../features/messages/messageSagas';
import { messagingSaga } from '../features/messaging/messagingSaga';
import { notificationSaga } from '../features/notifications/notificationSaga';
import { outboxSaga } from '../features/outbox/outboxSaga';
import { crmSagas } from '../features/crm/crmSagas';
import { persistenceSaga, restorePersisted } from '../features/persistence/persistenceSaga';
import { preferencesSaga, restorePreferences } from '../features/settings/preferencesSaga';
import { wrapupSagas } from '../features/wrapup/wrapupSagas';
import { loadSession, presenceSaga } from '../features/session/sessionSaga';
import type { CoreDeps } from './coreDeps';

export function* rootSaga(deps: CoreDeps) {
  const signedIn = yield* call(loadSession, deps);
  if (!signedIn) return;
  // Drafts, forms and the outbox are back before any event could touch them.
  yield* call(restorePersisted, deps);
  yield* call(restorePreferences, deps);
  yield* all([
    fork(preferencesSaga, deps),
    fork(persistenceSaga, deps),
    fork(wrapupSagas, deps),
    fork(crmSagas, deps),
    fork(presenceSaga, deps),
    fork(interactionCommandSagas, deps),
    fork(selectionSaga, deps),
    fork(messageSagas, deps),
    fork(messagingSaga, deps),
    fork(conversationLifecycleSaga, deps),
    fork(notificationSaga, deps),
    fork(outboxSaga, deps),
  ]);
}
