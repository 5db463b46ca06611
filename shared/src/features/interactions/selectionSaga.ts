// Rule 6: the chat shown in the window is connected; every other connected chat is held.
// Web messaging has no hold: messaging conversations are never held nor unheld here.
// Selections are served one at a time (the newest waiting one wins), holding the others
// before unholding the chosen one, so two chats are never unheld together.
import { buffers } from 'redux-saga';
import { actionChannel, all, call, put, select, take } from 'typed-redux-saga';
import type { CoreDeps } from '../../app/coreDeps';
import { noticeFromError } from '../../app/noticeFromError';
import type { RootState } from '../../app/rootReducer';
import { chatSelected } from './interactionCommands';
import { windowOpened } from './interactionsSlice';
import { ofType } from '../../app/actionPatterns';

function* holdQuietly(deps: CoreDeps, conversationId: string, participantId: string) {
  try {
    yield* call(deps.platform.hold, conversationId, participantId);
    return true;
  } catch (error) {
    yield* put(noticeFromError(error, 'notice.holdFailed', conversationId));
    return false;
  }
}

function* select1(deps: CoreDeps, conversationId: string) {
  const interactions = yield* select((s: RootState) => s.interactions);
  const target = interactions.entities[conversationId];
  if (target === undefined) return;
  yield* put(windowOpened({ conversationId }));
  if (target.state !== 'connected') return;
  const others = Object.values(interactions.entities).filter(
    (i) => i.id !== conversationId && i.state === 'connected' && !i.held && i.media === 'chat',
  );
  const held = yield* all(others.map((i) => call(holdQuietly, deps, i.id, i.participantId)));
  // If another chat could not be held, resuming this one would leave two unheld.
  if (held.some((ok) => !ok) || !target.held || target.media !== 'chat') return;
  try {
    yield* call(deps.platform.unhold, target.id, target.participantId);
  } catch (error) {
    yield* put(noticeFromError(error, 'notice.unholdFailed', target.id));
  }
}

export function* selectionSaga(deps: CoreDeps) {
  const requests = yield* actionChannel(
    ofType(chatSelected),
    buffers.sliding<ReturnType<typeof chatSelected>>(1),
  );
  for (;;) {
    const action = yield* take(requests);
    yield* call(select1, deps, action.payload.conversationId);
  }
}
