// The platform's access tokens: who they belong to, which OAuth client they were issued to,
// when they stop working, and whether the agent revoked them (DELETE /api/v2/tokens/me).
// Tokens survive a /sim/reset (open clients stay signed in); the lifetime set for tests does not.
import type { SimClock } from '../simClock';
import { SimPlatformError } from '../platformError';

/** The platform's default: a day. */
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 86_400;

export interface IssuedToken {
  userId: string;
  /** The OAuth client the token was issued to; undefined for /sim/login. */
  clientId: string | undefined;
  issuedAt: number;
  expiresAt: number;
  /** The authorization code it was traded for: a replayed code revokes it (RFC 6749 4.1.2). */
  fromCode: string | undefined;
}

export interface TokenGrant {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
}

export class TokenStore {
  private readonly tokens = new Map<string, IssuedToken>();
  private lifetimeSeconds = DEFAULT_TOKEN_LIFETIME_SECONDS;

  constructor(
    private readonly clock: SimClock,
    private readonly newId: () => string,
  ) {}

  /** Tokens issued from now on live this long (POST /sim/tokens). */
  setLifetime(seconds: number): void {
    this.lifetimeSeconds = seconds;
  }

  resetLifetime(): void {
    this.lifetimeSeconds = DEFAULT_TOKEN_LIFETIME_SECONDS;
  }

  issue(userId: string, origin: { clientId?: string; fromCode?: string } = {}): TokenGrant {
    const token = `sim-${this.newId()}`;
    const now = this.clock.now();
    this.tokens.set(token, {
      userId,
      clientId: origin.clientId,
      issuedAt: now,
      expiresAt: now + this.lifetimeSeconds * 1000,
      fromCode: origin.fromCode,
    });
    return { access_token: token, token_type: 'bearer', expires_in: this.lifetimeSeconds };
  }

  /** The token of an `Authorization: Bearer` header, or the platform's 401. */
  check(authorization: string | null): { token: string; issued: IssuedToken } {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    const issued = token === undefined ? undefined : this.tokens.get(token);
    if (token === undefined || issued === undefined) {
      throw new SimPlatformError(401, 'Authentication is required: no valid bearer token');
    }
    if (issued.expiresAt <= this.clock.now()) {
      throw new SimPlatformError(401, 'The access token has expired');
    }
    return { token, issued };
  }

  revoke(token: string): void {
    this.tokens.delete(token);
  }

  revokeFromCode(code: string): void {
    for (const [token, issued] of this.tokens) {
      if (issued.fromCode === code) this.tokens.delete(token);
    }
  }
}
