// The session the standalone page opens with: an implicit-grant fragment, a PKCE redirect,
// or this tab's saved session; else none (the page shows the sign-in, with why if a sign-in
// just failed). The page's small first script calls it, so the start-up reads can leave
// before the client's code has loaded: it words nothing itself (the client's texts load with
// the client), it says what failed.
import {
  completePkceLogin,
  parseImplicitGrantFragment,
  withoutFragment,
  type PlatformSession,
  type SessionStore,
  type SignInFailure,
} from '@acd/shared/embed';
import type { StandaloneConfig } from './standaloneConfig';

export type FoundSession =
  | { kind: 'session'; session: PlatformSession }
  | { kind: 'none'; failure?: { reason: SignInFailure; detail: string } };

export async function findSession(
  win: Window,
  config: StandaloneConfig,
  sessions: SessionStore,
): Promise<FoundSession> {
  const refused = (reason: SignInFailure, detail: string): FoundSession => ({
    kind: 'none',
    failure: { reason, detail },
  });
  const fragment = parseImplicitGrantFragment(win.location.hash, Date.now());
  if (fragment.kind !== 'none') {
    // The token must not stay in the address bar, history or a bookmark.
    win.history.replaceState(win.history.state, '', withoutFragment(win.location.href));
    if (fragment.kind === 'error') {
      const reason = fragment.error === 'access_denied' ? 'cancelled' : 'refused';
      return refused(reason, fragment.description ?? fragment.error);
    }
    sessions.save(config.platformBaseUrl, fragment.session);
    return { kind: 'session', session: fragment.session };
  }
  if (config.signIn.mode === 'oauth') {
    const pkce = {
      loginBaseUrl: config.signIn.loginBaseUrl,
      clientId: config.signIn.clientId,
      redirectUri: config.redirectUri,
    };
    const callback = await completePkceLogin(pkce, win.location.href, win.sessionStorage);
    if (callback.kind !== 'none') {
      win.history.replaceState(win.history.state, '', callback.cleanUrl);
      if (callback.kind === 'error') {
        return refused(callback.reason, callback.message);
      }
      sessions.save(config.platformBaseUrl, callback.session);
      return { kind: 'session', session: callback.session };
    }
  }
  const saved = sessions.load(config.platformBaseUrl);
  return saved === null ? { kind: 'none' } : { kind: 'session', session: saved };
}
