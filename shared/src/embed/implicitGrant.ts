// The platform's implicit grant hands the session back in the URL fragment:
// `#access_token=...&token_type=bearer&expires_in=86399[&state=...]`, or an OAuth error.

export interface PlatformSession {
  accessToken: string;
  /** Epoch milliseconds after which the platform no longer accepts the token. */
  expiresAt: number;
}

export type FragmentGrant =
  | { kind: 'none' }
  | { kind: 'session'; session: PlatformSession; state?: string }
  | { kind: 'error'; error: string; description?: string };

/** Reads a fragment such as `location.hash`; `now` is the moment it was received. */
export function parseImplicitGrantFragment(hash: string, now: number): FragmentGrant {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const error = params.get('error');
  if (error !== null) {
    const description = params.get('error_description');
    return description === null ? { kind: 'error', error } : { kind: 'error', error, description };
  }
  const accessToken = params.get('access_token');
  if (accessToken === null || accessToken === '') return { kind: 'none' };
  const tokenType = params.get('token_type');
  // Only bearer tokens can be sent as `Authorization: Bearer`; anything else is not ours.
  if (tokenType !== null && tokenType.toLowerCase() !== 'bearer') {
    return { kind: 'error', error: 'unsupported_token_type', description: tokenType };
  }
  const expiresIn = Number(params.get('expires_in') ?? '');
  // Without a lifetime the platform's default (a day) is the honest guess; 401 renews anyway.
  const lifetimeSeconds = Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 86_400;
  const state = params.get('state');
  const session = { accessToken, expiresAt: now + lifetimeSeconds * 1000 };
  return state === null ? { kind: 'session', session } : { kind: 'session', session, state };
}

/** The same URL without its fragment, so the token does not linger in history or bookmarks. */
export function withoutFragment(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.toString().replace(/#$/, '');
}
