// Starts every feature saga once the session is known. Each saga is one long-lived process.
import { all, call, fork } from 'typed-redux-saga';
import { conversationLifecycleSaga } from '../features/interactions/conversationLifecycleSaga';
import { interactionCommandSagas } from '../features/interactions/interactionCommandSagas';
import { selectionSaga } from '../features/interactions/selectionSaga';
import { messageSagas } from '../features/messages/messageSagas';
import { notificationSaga } from '../features/notifications/notificationSaga';
import { outboxSaga } from '../features/outbox/outboxSaga';
import { loadSession, presenceSaga } from '../features/session/sessionSaga';
import type { CoreDeps } from './coreDeps';

export function* rootSaga(deps: CoreDeps) {
  const signedIn = yield* call(loadSession, deps);
  if (!signedIn) return;
  yield* all([
    fork(presenceSaga, deps),
    fork(interactionCommandSagas, deps),
    fork(selectionSaga, deps),
    fork(messageSagas, deps),
    fork(conversationLifecycleSaga, deps),
    fork(notificationSaga, deps),
    fork(outboxSaga, deps),
  ]);
}
