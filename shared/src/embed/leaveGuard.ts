// Leaving the page (reload, close, navigating away) while a chat is connected or a wrap-up
// is owed asks the browser's confirmation first. Nothing is lost either way (drafts and the
// outbox are stored), but the agent should not drop a customer by accident.
import type { RootState } from '../app/rootReducer';
import {
  selectConnectedIds,
  selectOwedWrapupIds,
} from '../features/interactions/interactionSelectors';

export function hasWorkInProgress(state: RootState): boolean {
  return selectConnectedIds(state).length > 0 || selectOwedWrapupIds(state).length > 0;
}

export function guardPageLeave(
  getState: () => RootState,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!hasWorkInProgress(getState())) return;
    // preventDefault is the standard way to ask (Chromium 119+, Firefox, Safari).
    event.preventDefault();
  };
  target.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    target.removeEventListener('beforeunload', onBeforeUnload);
  };
}
