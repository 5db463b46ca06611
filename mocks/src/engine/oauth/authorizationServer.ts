// The platform's OAuth 2 authorization server, as the login host serves it: the authorize
// step (checked before the login page shows, answered after the user chose and allowed), the
// token endpoint trading a code and its PKCE verifier (RFC 7636, S256 only) for a token.
// Errors follow RFC 6749: an unknown client or a redirect URI the client does not list is
// refused on the login page itself (never a redirect to an unchecked address); everything
// else goes back to the redirect URI as `error` + `error_description` with the same `state`.
import type { SimClock } from '../simClock';
import { redirectUriAllowed, type GrantType, type OAuthClient } from './oauthClients';
import type { TokenGrant, TokenStore } from './tokenStore';

/** Codes are short-lived and single-use (RFC 6749 section 4.1.2 recommends 10 minutes at most). */
export const CODE_LIFETIME_MS = 60_000;

export interface AuthorizeRequest {
  client: OAuthClient;
  responseType: 'code' | 'token';
  redirectUri: string;
  state: string | null;
  codeChallenge: string | null;
}

export type AuthorizeCheck =
  | { kind: 'refuse'; message: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'ok'; request: AuthorizeRequest };

export interface TokenAnswer {
  status: number;
  body: TokenGrant | { error: string; error_description: string };
}

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  userId: string;
  expiresAt: number;
  used: boolean;
}

const CHALLENGE = /^[A-Za-z0-9_-]{43}$/;
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

const GRANT_OF: Record<'code' | 'token', GrantType> = { code: 'CODE', token: 'TOKEN' };

export class AuthorizationServer {
  private readonly codes = new Map<string, IssuedCode>();

  constructor(
    private readonly clients: () => ReadonlyMap<string, OAuthClient>,
    private readonly tokens: TokenStore,
    private readonly clock: SimClock,
    private readonly newId: () => string,
    private readonly userExists: (userId: string) => boolean,
  ) {}

  check(params: URLSearchParams): AuthorizeCheck {
    const clientId = params.get('client_id') ?? '';
    const client = this.clients().get(clientId);
    if (client === undefined) {
      return { kind: 'refuse', message: `There is no OAuth client with the id "${clientId}".` };
    }
    const redirectUri = params.get('redirect_uri') ?? '';
    if (!redirectUriAllowed(client, redirectUri)) {
      return {
        kind: 'refuse',
        message: `The redirect URI "${redirectUri}" is not registered for the OAuth client "${client.name}".`,
      };
    }
    const state = params.get('state');
    const asked = params.get('response_type');
    const responseType = asked === 'code' || asked === 'token' ? asked : null;
    const fail = (error: string, description: string, mode: 'code' | 'token' = 'code') => ({
      kind: 'redirect' as const,
      location: answerUrl(redirectUri, mode, { error, error_description: description, state }),
    });
    if (responseType === null) {
      return fail('unsupported_response_type', 'response_type must be code or token');
    }
    if (!client.grantTypes.includes(GRANT_OF[responseType])) {
      return fail(
        'unauthorized_client',
        `The OAuth client "${client.name}" may not use response_type=${responseType}`,
        responseType,
      );
    }
    const codeChallenge = params.get('code_challenge');
    if (responseType === 'code') {
      if (params.get('code_challenge_method') !== 'S256') {
        return fail('invalid_request', 'code_challenge_method must be S256');
      }
      if (codeChallenge === null || !CHALLENGE.test(codeChallenge)) {
        return fail('invalid_request', 'code_challenge must be a base64url SHA-256 digest');
      }
    }
    return {
      kind: 'ok',
      request: {
        client,
        responseType,
        redirectUri,
        state,
        codeChallenge: responseType === 'code' ? codeChallenge : null,
      },
    };
  }

  /** The user chose who they are and allowed the client: back to the redirect URI. */
  approve(request: AuthorizeRequest, userId: string): string {
    if (!this.userExists(userId)) {
      return this.errorLocation(request, 'access_denied', 'Choose a user to sign in as');
    }
    if (request.responseType === 'token') {
      const grant = this.tokens.issue(userId, { clientId: request.client.id });
      return answerUrl(request.redirectUri, 'token', {
        access_token: grant.access_token,
        token_type: grant.token_type,
        expires_in: String(grant.expires_in),
        state: request.state,
      });
    }
    const code = this.newId();
    this.codes.set(code, {
      clientId: request.client.id,
      redirectUri: request.redirectUri,
      codeChallenge: request.codeChallenge ?? '',
      userId,
      expiresAt: this.clock.now() + CODE_LIFETIME_MS,
      used: false,
    });
    return answerUrl(request.redirectUri, 'code', { code, state: request.state });
  }

  deny(request: AuthorizeRequest): string {
    return this.errorLocation(request, 'access_denied', 'The user cancelled the sign-in');
  }

  private errorLocation(request: AuthorizeRequest, error: string, description: string) {
    return answerUrl(request.redirectUri, request.responseType, {
      error,
      error_description: description,
      state: request.state,
    });
  }

  /** POST /oauth/token with grant_type=authorization_code. */
  async token(form: URLSearchParams): Promise<TokenAnswer> {
    const refuse = (status: number, error: string, description: string): TokenAnswer => ({
      status,
      body: { error, error_description: description },
    });
    if (form.get('grant_type') !== 'authorization_code') {
      return refuse(400, 'unsupported_grant_type', 'grant_type must be authorization_code');
    }
    const clientId = form.get('client_id') ?? '';
    if (!this.clients().has(clientId)) {
      return refuse(401, 'invalid_client', `There is no OAuth client with the id "${clientId}"`);
    }
    const codeValue = form.get('code');
    if (codeValue === null || codeValue === '') {
      return refuse(400, 'invalid_request', 'code is required');
    }
    const code = this.codes.get(codeValue);
    if (code === undefined || code.clientId !== clientId) {
      return refuse(400, 'invalid_grant', 'The authorization code is not valid');
    }
    if (code.used) {
      // A replayed code may be stolen: what it bought is revoked too (RFC 6749 4.1.2).
      this.tokens.revokeFromCode(codeValue);
      return refuse(400, 'invalid_grant', 'The authorization code has already been used');
    }
    // Single use, whatever happens next: a wrong verifier cannot be retried on the same code.
    code.used = true;
    if (code.expiresAt <= this.clock.now()) {
      return refuse(400, 'invalid_grant', 'The authorization code has expired');
    }
    if (form.get('redirect_uri') !== code.redirectUri) {
      return refuse(400, 'invalid_grant', 'redirect_uri differs from the authorize request');
    }
    const verifier = form.get('code_verifier') ?? '';
    if (!VERIFIER.test(verifier)) {
      return refuse(
        400,
        'invalid_request',
        'code_verifier must be 43 to 128 unreserved characters',
      );
    }
    if ((await s256(verifier)) !== code.codeChallenge) {
      return refuse(400, 'invalid_grant', 'The code verifier does not match the code challenge');
    }
    return {
      status: 200,
      body: this.tokens.issue(code.userId, { clientId, fromCode: codeValue }),
    };
  }

  clear(): void {
    this.codes.clear();
  }
}

/** Web Crypto, so the same handlers run in Node and in the browser's service worker. */
export async function s256(verifier: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(verifier),
  );
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The code answer goes in the query; the implicit grant's in the fragment (RFC 6749 4.2.2). */
function answerUrl(
  redirectUri: string,
  mode: 'code' | 'token',
  values: Record<string, string | null>,
): string {
  const url = new URL(redirectUri);
  const params = mode === 'code' ? url.searchParams : new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== null) params.set(name, value);
  }
  if (mode === 'token') url.hash = params.toString();
  return url.toString();
}
