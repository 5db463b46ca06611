// When a host should first render the client: once the start-up has settled (the session is
// known and the platform's chat list is in, or the session failed or needs a new sign-in),
// or after a bound, whichever comes first. Rendering the empty shell earlier costs the
// cold start a render and a layout that the list replaces a few frames later, and shows the
// agent a "Signing in…" that flickers; past the bound (a slow platform) the shell shows.
import type { RootState } from '../app/rootReducer';
import type { AppStore } from '../app/store';

export function selectStartUpSettled(state: RootState): boolean {
  switch (state.session.status) {
    case 'failed':
    case 'authExpired':
      return true;
    case 'ready':
      return state.interactions.listed;
    default:
      return false;
  }
}

/** Resolves when the start-up has settled, or after `maxWaitMs`. */
export function whenStartUpSettles(
  store: Pick<AppStore, 'getState' | 'subscribe'>,
  maxWaitMs: number,
): Promise<void> {
  return new Promise((resolve) => {
    if (selectStartUpSettled(store.getState())) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, maxWaitMs);
    const unsubscribe = store.subscribe(() => {
      if (selectStartUpSettled(store.getState())) done();
    });
  });
}
