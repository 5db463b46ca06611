// Loads who is signed in, then serves presence changes (the status bar).
import { call, put, takeLeading } from 'typed-redux-saga';
import type { CoreDeps } from '../../app/coreDeps';
import { noticeFromError } from '../../app/noticeFromError';
import { signedIn } from '../interactions/interactionsSlice';
import {
  presenceChanged,
  presenceRequested,
  presenceSettled,
  sessionFailed,
  sessionLoaded,
} from './sessionSlice';
import { ofType } from '../../app/actionPatterns';

/** Returns true once the session is loaded; false when the platform refused it. */
/** Asks who is signed in; the caller has marked the session loading (rootSaga). */
export function* loadSession(deps: CoreDeps) {
  try {
    const me = yield* call(deps.platform.getMe);
    yield* put(
      sessionLoaded({
        user: {
          id: me.id,
          name: me.name,
          email: me.email,
          permissions: me.authorization?.permissions ?? [],
        },
        presence: me.presence?.presenceDefinition.systemPresence ?? null,
        routingStatus: me.routingStatus?.status ?? null,
      }),
    );
    yield* put(signedIn({ userId: me.id }));
    return true;
  } catch (error) {
    yield* put(sessionFailed());
    yield* put(noticeFromError(error, 'notice.sessionFailed'));
    return false;
  }
}

function* setPresence(deps: CoreDeps, action: ReturnType<typeof presenceRequested>) {
  try {
    yield* call(deps.platform.setPresence, action.payload.presence);
    yield* put(presenceChanged({ presence: action.payload.presence }));
  } catch (error) {
    yield* put(noticeFromError(error, 'notice.presenceFailed'));
  } finally {
    yield* put(presenceSettled());
  }
}

export function* presenceSaga(deps: CoreDeps) {
  yield* takeLeading(ofType(presenceRequested), setPresence, deps);
}
