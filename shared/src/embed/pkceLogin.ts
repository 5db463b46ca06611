// The two halves of a PKCE sign-in across the redirect: before leaving, the verifier and
// state wait in sessionStorage (this tab only); after coming back with ?code=&state=, they
// are used once and removed.
import type { WebStorageLike } from './browserStorage';
import type { PlatformSession } from './implicitGrant';
import {
  authorizeUrl,
  createRandomToken,
  exchangeCode,
  SignInError,
  type PkceConfig,
  type SignInFailure,
  type PkceRequest,
} from './pkce';

const PENDING_KEY = 'acd-agent:pkce';

interface PendingLogin extends PkceRequest {
  /** The page's own address (its query: platform, language...), restored after the redirect. */
  returnTo?: string;
}

/**
 * The redirect URI is the bare page (it must match the registered one exactly); whatever
 * the page's address said comes back through `returnTo`, kept beside the verifier.
 */
export async function beginPkceLogin(
  config: PkceConfig,
  webStorage: WebStorageLike,
  returnTo?: string,
) {
  const request: PendingLogin = {
    verifier: createRandomToken(),
    state: createRandomToken(),
    ...(returnTo === undefined ? {} : { returnTo }),
  };
  webStorage.setItem(PENDING_KEY, JSON.stringify(request));
  return authorizeUrl(config, request);
}

/** Where the page was before leaving for the login page, if a sign-in is under way. */
export function pendingReturnTo(webStorage: WebStorageLike): string | null {
  try {
    const pending = JSON.parse(webStorage.getItem(PENDING_KEY) ?? 'null') as PendingLogin | null;
    return typeof pending?.returnTo === 'string' ? pending.returnTo : null;
  } catch {
    return null;
  }
}

export type PkceCallback =
  | { kind: 'none' }
  | { kind: 'session'; session: PlatformSession; cleanUrl: string }
  | { kind: 'error'; message: string; reason: SignInFailure; cleanUrl: string };

/** Completes the sign-in when `href` is the platform's redirect back; else `none`. */
export async function completePkceLogin(
  config: PkceConfig,
  href: string,
  webStorage: WebStorageLike,
  options: { fetch?: typeof fetch; now?: () => number } = {},
): Promise<PkceCallback> {
  const url = new URL(href);
  const code = url.searchParams.get('code');
  const state = url.searchParams.get('state');
  const error = url.searchParams.get('error');
  const description = url.searchParams.get('error_description');
  if (code === null && error === null) return { kind: 'none' };
  for (const name of ['code', 'state', 'error', 'error_description', 'session_state']) {
    url.searchParams.delete(name);
  }
  const pending = webStorage.getItem(PENDING_KEY);
  let cleanUrl = url.toString();
  try {
    const returnTo = (JSON.parse(pending ?? 'null') as PendingLogin | null)?.returnTo;
    // Only an address of this same page is restored.
    if (typeof returnTo === 'string' && new URL(returnTo).origin === url.origin)
      cleanUrl = returnTo;
  } catch {
    // A damaged entry: the sign-in below fails with its own message.
  }
  webStorage.removeItem(PENDING_KEY);
  if (error !== null) {
    const reason = error === 'access_denied' ? 'cancelled' : 'refused';
    return { kind: 'error', message: description ?? error, reason, cleanUrl };
  }
  try {
    const request = pending === null ? null : (JSON.parse(pending) as PkceRequest);
    if (request === null) {
      throw new SignInError('The sign-in was not started from this tab.', 'notStarted');
    }
    const session = await exchangeCode(config, request, { code: code ?? '', state }, options);
    return { kind: 'session', session, cleanUrl };
  } catch (caught) {
    const reason = caught instanceof SignInError ? caught.reason : 'refused';
    return { kind: 'error', message: (caught as Error).message, reason, cleanUrl };
  }
}
