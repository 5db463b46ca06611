// A view that signs the agent in hands the session to the core's owner (the Zendesk background,
// the extension's connection panel). Either step can fail out of the view's sight: the hand-over
// itself (the owner did not answer), or the platform refusing the session when the core loads
// it (status 'failed', with the core's notice). The sign-in shown next says which, instead of
// coming back as if nothing had been tried.
import { useEffect, useState } from 'react';
import type { RootState } from '../../app/rootReducer';
import type { Language } from '../../features/settings/settingsSlice';
import { embedText } from '../embedText';
import type { PlatformSession } from '../implicitGrant';

/** The detail of the newest "signing in failed" notice the core raised. */
export function sessionFailureDetail(state: Pick<RootState, 'notices'>): string {
  let newest: { at: number; detail: string } | null = null;
  for (const notice of Object.values(state.notices.entities)) {
    if (notice.key !== 'notice.sessionFailed' || (newest !== null && notice.at < newest.at))
      continue;
    newest = { at: notice.at, detail: notice.detail ?? '' };
  }
  return newest?.detail ?? '';
}

export function useSessionHandOver(
  handOver: (session: PlatformSession) => Promise<void>,
  state: Pick<RootState, 'session' | 'notices'>,
  language: Language,
): { handOver: (session: PlatformSession) => void; failure: string | undefined } {
  const [handOverFailed, setHandOverFailed] = useState<string | null>(null);
  // A sign-in that went through after all (a late answer, another view) ends the old failure.
  const signedIn = state.session.status === 'loading' || state.session.status === 'ready';
  useEffect(() => {
    if (signedIn) setHandOverFailed(null);
  }, [signedIn]);
  const detail =
    handOverFailed ?? (state.session.status === 'failed' ? sessionFailureDetail(state) : null);
  return {
    handOver: (session) => {
      setHandOverFailed(null);
      handOver(session).catch((error: unknown) => {
        setHandOverFailed(error instanceof Error ? error.message : String(error));
      });
    },
    failure: detail === null ? undefined : embedText(language, 'signIn.failed', { detail }),
  };
}
