// Authorization code + PKCE (RFC 7636, S256) for a real platform: the browser keeps a
// one-time verifier, sends only its SHA-256 to the login page, and proves it when it
// exchanges the returned code for a token. No client secret ever reaches the page.
import type { PlatformSession } from './implicitGrant';

export interface PkceConfig {
  /** The platform's login host, e.g. https://login.mypurecloud.com. */
  loginBaseUrl: string;
  clientId: string;
  /** Must match one of the OAuth client's registered redirect URIs exactly. */
  redirectUri: string;
}

export interface PkceRequest {
  verifier: string;
  state: string;
}

const UNRESERVED = /^[A-Za-z0-9\-._~]{43,128}$/;

export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** 32 random bytes, base64url: 43 characters of the verifier alphabet. */
export function createRandomToken(crypto: Crypto = globalThis.crypto): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

export async function codeChallengeS256(
  verifier: string,
  crypto: Crypto = globalThis.crypto,
): Promise<string> {
  if (!UNRESERVED.test(verifier)) {
    throw new Error('A PKCE verifier is 43 to 128 characters of A-Z a-z 0-9 - . _ ~');
  }
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

/** The platform serves sign-in on `login.<domain>` beside the API's `api.<domain>`. */
export function loginBaseUrlFor(platformBaseUrl: string): string {
  const url = new URL(platformBaseUrl);
  if (url.hostname.startsWith('api.')) url.hostname = `login.${url.hostname.slice(4)}`;
  return url.origin;
}

export async function authorizeUrl(config: PkceConfig, request: PkceRequest): Promise<string> {
  const url = new URL('/oauth/authorize', config.loginBaseUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    code_challenge: await codeChallengeS256(request.verifier),
    code_challenge_method: 'S256',
    state: request.state,
  }).toString();
  return url.toString();
}

/** Why a sign-in did not finish, for a message in the agent's language. */
export type SignInFailure = 'stateMismatch' | 'cancelled' | 'blocked' | 'notStarted' | 'refused';

export class SignInError extends Error {
  override readonly name = 'SignInError';
  constructor(
    message: string,
    readonly reason: SignInFailure = 'refused',
  ) {
    super(message);
  }
}

/** Trades the code from the redirect for a session; the state must be the one sent. */
export async function exchangeCode(
  config: PkceConfig,
  request: PkceRequest,
  callback: { code: string; state: string | null },
  { fetch: fetchImpl = fetch, now = Date.now } = {},
): Promise<PlatformSession> {
  if (callback.state !== request.state) {
    throw new SignInError(
      'The sign-in answer does not belong to this page (state mismatch).',
      'stateMismatch',
    );
  }
  const response = await fetchImpl(new URL('/oauth/token', config.loginBaseUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: callback.code,
      redirect_uri: config.redirectUri,
      client_id: config.clientId,
      code_verifier: request.verifier,
    }).toString(),
  });
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok || typeof body?.access_token !== 'string') {
    const reason =
      typeof body?.error_description === 'string'
        ? body.error_description
        : typeof body?.error === 'string'
          ? body.error
          : `status ${response.status}`;
    throw new SignInError(`The platform refused the sign-in: ${reason}`);
  }
  const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : 86_400;
  return { accessToken: body.access_token, expiresAt: now() + expiresIn * 1000 };
}
