// The platform's OAuth in the simulator under msw/node, with a manual clock so code and token
// lifetimes can be crossed: authorize (login page, consent, cancel), code + PKCE verifier for
// a token, the implicit grant, the error shapes, expiry and revocation of tokens.
import { setupServer } from 'msw/node';
import { AcdEngine } from '../engine/acdEngine';
import { createSequentialIdSource } from '../engine/idSource';
import { OAUTH_CLIENT_IDS } from '../engine/oauth/oauthClients';
import { CODE_LIFETIME_MS } from '../engine/oauth/authorizationServer';
import { SEED_IDS } from '../engine/seedData';
import { createManualClock } from '../engine/simClock';
import { createSimulatorHandlers } from './simulatorHandlers';

const BASE = 'http://127.0.0.1:4100';
const REDIRECT = 'http://127.0.0.1:5173/callback/';
// RFC 7636 appendix B.
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

const clock = createManualClock();
const engine = new AcdEngine({ clock, newId: createSequentialIdSource() });
const server = setupServer(...createSimulatorHandlers(engine));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  engine.reset();
});

function authorizeParams(overrides: Record<string, string | null> = {}) {
  const values: Record<string, string | null> = {
    response_type: 'code',
    client_id: OAUTH_CLIENT_IDS.zendesk,
    redirect_uri: REDIRECT,
    state: 'state-1',
    code_challenge: CHALLENGE,
    code_challenge_method: 'S256',
    ...overrides,
  };
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value !== null) params.set(name, value);
  return params;
}

const authorize = (params: URLSearchParams, headers: Record<string, string> = {}) =>
  fetch(`${BASE}/oauth/authorize?${params.toString()}`, { redirect: 'manual', headers });

/** What the login page's form posts when the user picks someone and clicks Allow or Cancel. */
const decide = (
  params: URLSearchParams,
  decision: 'allow' | 'deny',
  userId: string = SEED_IDS.agentAlex,
) =>
  fetch(`${BASE}/oauth/authorize`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams([...params, ['user_id', userId], ['decision', decision]]).toString(),
  });

const exchange = (fields: Record<string, string>) =>
  fetch(`${BASE}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: OAUTH_CLIENT_IDS.zendesk,
      redirect_uri: REDIRECT,
      code_verifier: VERIFIER,
      ...fields,
    }).toString(),
  });

async function codeFor(userId: string = SEED_IDS.agentAlex): Promise<string> {
  const answer = await decide(authorizeParams(), 'allow', userId);
  const location = new URL(answer.headers.get('location') ?? '');
  return location.searchParams.get('code') ?? '';
}

const me = (token: string) =>
  fetch(`${BASE}/api/v2/users/me`, { headers: { authorization: `Bearer ${token}` } });

describe('GET /oauth/authorize', () => {
  it('shows the login page with the org users and the client asking, in the browser language', async () => {
    const en = await authorize(authorizeParams());
    expect(en.status).toBe(200);
    expect(en.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const html = await en.text();
    expect(html).toContain('Alex Morgan (alex.morgan@example.com)');
    expect(html).toContain('山田 花子');
    expect(html).toContain('Zendesk app asks to use the platform on your behalf.');

    const ja = await (
      await authorize(authorizeParams(), { 'accept-language': 'ja,en;q=0.5' })
    ).text();
    expect(ja).toContain('<html lang="ja">');
    expect(ja).toContain('許可');
  });

  it('refuses an unknown client and an unregistered redirect URI on the page, without redirecting', async () => {
    const unknown = await authorize(authorizeParams({ client_id: 'nobody' }));
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get('location')).toBeNull();
    expect(await unknown.text()).toContain('There is no OAuth client with the id &#34;nobody&#34;');

    const elsewhere = await authorize(
      authorizeParams({ redirect_uri: 'https://evil.example/callback/' }),
    );
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.headers.get('location')).toBeNull();
    expect(await elsewhere.text()).toContain('is not registered for the OAuth client');
  });

  it('matches loopback redirect URIs on any port but exactly on path and query', async () => {
    expect(
      (await authorize(authorizeParams({ redirect_uri: 'http://127.0.0.1:9/callback/' }))).status,
    ).toBe(200);
    expect(
      (await authorize(authorizeParams({ redirect_uri: 'http://127.0.0.1:9/callback' }))).status,
    ).toBe(400);
    expect(
      (await authorize(authorizeParams({ redirect_uri: 'http://127.0.0.1:9/callback/?x=1' })))
        .status,
    ).toBe(400);
  });

  it('sends other errors back to the redirect URI with the same state', async () => {
    const noPkce = await authorize(authorizeParams({ code_challenge: null }));
    expect(noPkce.status).toBe(302);
    const back = new URL(noPkce.headers.get('location') ?? '');
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT);
    expect(back.searchParams.get('error')).toBe('invalid_request');
    expect(back.searchParams.get('state')).toBe('state-1');

    const plain = await authorize(authorizeParams({ code_challenge_method: 'plain' }));
    expect(new URL(plain.headers.get('location') ?? '').searchParams.get('error')).toBe(
      'invalid_request',
    );

    const implicitOnCodeClient = await authorize(authorizeParams({ response_type: 'token' }));
    const fragment = new URLSearchParams(
      new URL(implicitOnCodeClient.headers.get('location') ?? '').hash.slice(1),
    );
    expect(fragment.get('error')).toBe('unauthorized_client');
  });
});

describe('POST /oauth/authorize (the user decides)', () => {
  it('redirects with a code and the state when the user allows', async () => {
    const answer = await decide(authorizeParams(), 'allow');
    expect(answer.status).toBe(302);
    const back = new URL(answer.headers.get('location') ?? '');
    expect(back.searchParams.get('code')).toMatch(/.+/);
    expect(back.searchParams.get('state')).toBe('state-1');
  });

  it('redirects with access_denied when the user cancels', async () => {
    const answer = await decide(authorizeParams(), 'deny');
    const back = new URL(answer.headers.get('location') ?? '');
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('code')).toBeNull();
    expect(back.searchParams.get('state')).toBe('state-1');
  });

  it('checks the posted parameters again (a tampered redirect URI is refused)', async () => {
    const tampered = authorizeParams({ redirect_uri: 'https://evil.example/' });
    const answer = await decide(tampered, 'allow');
    expect(answer.status).toBe(400);
    expect(answer.headers.get('location')).toBeNull();
  });

  it('hands the implicit grant a token in the fragment', async () => {
    const params = authorizeParams({
      response_type: 'token',
      client_id: OAUTH_CLIENT_IDS.standaloneImplicit,
      redirect_uri: 'http://127.0.0.1:5173/standalone/',
      code_challenge: null,
      code_challenge_method: null,
    });
    expect((await authorize(params)).status).toBe(200);
    const back = new URL((await decide(params, 'allow')).headers.get('location') ?? '');
    expect(back.search).toBe('');
    const fragment = new URLSearchParams(back.hash.slice(1));
    expect(fragment.get('token_type')).toBe('bearer');
    expect(fragment.get('expires_in')).toBe('86400');
    expect(fragment.get('state')).toBe('state-1');
    expect((await me(fragment.get('access_token') ?? '')).status).toBe(200);
  });
});

describe('POST /oauth/token', () => {
  it('trades the code and its verifier for a bearer token of the chosen user', async () => {
    const answer = await exchange({ code: await codeFor(SEED_IDS.agentHanako) });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const grant = (await answer.json()) as {
      access_token: string;
      token_type: string;
      expires_in: number;
    };
    expect(grant).toEqual({
      access_token: expect.any(String) as unknown,
      token_type: 'bearer',
      expires_in: 86_400,
    });
    const user = (await (await me(grant.access_token)).json()) as { id: string };
    expect(user.id).toBe(SEED_IDS.agentHanako);
  });

  it('refuses a verifier that does not hash to the challenge, and burns the code', async () => {
    const code = await codeFor();
    const wrong = await exchange({ code, code_verifier: 'x'.repeat(43) });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'The code verifier does not match the code challenge',
    });
    expect((await exchange({ code })).status).toBe(400);
  });

  it('refuses a reused code and revokes the token it bought', async () => {
    const code = await codeFor();
    const first = (await (await exchange({ code })).json()) as { access_token: string };
    const again = await exchange({ code });
    expect(again.status).toBe(400);
    expect(((await again.json()) as { error_description: string }).error_description).toBe(
      'The authorization code has already been used',
    );
    expect((await me(first.access_token)).status).toBe(401);
  });

  it('refuses an expired code', async () => {
    const code = await codeFor();
    clock.advance(CODE_LIFETIME_MS + 1);
    const late = await exchange({ code });
    expect(await late.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'The authorization code has expired',
    });
  });

  it('answers an unknown client with 401 invalid_client and another grant with unsupported_grant_type', async () => {
    const stranger = await exchange({ code: await codeFor(), client_id: 'nobody' });
    expect(stranger.status).toBe(401);
    expect(((await stranger.json()) as { error: string }).error).toBe('invalid_client');
    const password = await exchange({ code: 'x', grant_type: 'password' });
    expect(((await password.json()) as { error: string }).error).toBe('unsupported_grant_type');
  });

  it('refuses a code sent with another redirect URI', async () => {
    const other = await exchange({
      code: await codeFor(),
      redirect_uri: 'http://127.0.0.1:1/callback/',
    });
    expect(((await other.json()) as { error_description: string }).error_description).toBe(
      'redirect_uri differs from the authorize request',
    );
  });
});

describe('tokens: lifetime, /api/v2/tokens/me, revocation', () => {
  it('issues tokens with the lifetime set through /sim/tokens, which then stop working', async () => {
    const set = await fetch(`${BASE}/sim/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ expiresInSeconds: 30 }),
    });
    expect(set.status).toBe(200);
    const grant = (await (await exchange({ code: await codeFor() })).json()) as {
      access_token: string;
      expires_in: number;
    };
    expect(grant.expires_in).toBe(30);
    expect((await me(grant.access_token)).status).toBe(200);
    clock.advance(30_000);
    const expired = await me(grant.access_token);
    expect(expired.status).toBe(401);
    expect(((await expired.json()) as { message: string }).message).toBe(
      'The access token has expired',
    );
  });

  it('refuses a lifetime that is not a whole number of seconds in range', async () => {
    for (const expiresInSeconds of [0, -5, 1.5, '60', 90_000]) {
      const answer = await fetch(`${BASE}/sim/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ expiresInSeconds }),
      });
      expect(answer.status).toBe(400);
    }
  });

  it('describes the token (organization, OAuth client, when it idles) and revokes it on DELETE', async () => {
    const grant = (await (await exchange({ code: await codeFor() })).json()) as {
      access_token: string;
    };
    const auth = { authorization: `Bearer ${grant.access_token}` };
    const info = await fetch(`${BASE}/api/v2/tokens/me`, { headers: auth });
    expect(await info.json()).toEqual({
      organization: { id: 'sim-org', name: 'Simulated org' },
      homeOrganization: { id: 'sim-org', name: 'Simulated org' },
      authorizedScope: [],
      OAuthClient: { id: OAUTH_CLIENT_IDS.zendesk, name: 'Zendesk app' },
      dateTokenIdles: new Date(clock.now() + 86_400_000).toISOString(),
    });
    const revoked = await fetch(`${BASE}/api/v2/tokens/me`, { method: 'DELETE', headers: auth });
    expect(revoked.status).toBe(204);
    expect((await me(grant.access_token)).status).toBe(401);
    expect((await fetch(`${BASE}/api/v2/tokens/me`, { headers: auth })).status).toBe(401);
  });
});

describe('/sim/oauth-clients', () => {
  it('lists the seeded clients with their grant types and redirect URIs', async () => {
    const clients = (await (await fetch(`${BASE}/sim/oauth-clients`)).json()) as {
      id: string;
      grantTypes: string[];
      redirectUris: string[];
    }[];
    expect(clients.map((c) => c.id)).toEqual(Object.values(OAUTH_CLIENT_IDS));
    expect(clients.find((c) => c.id === OAUTH_CLIENT_IDS.salesforce)).toMatchObject({
      grantTypes: ['CODE'],
      redirectUris: ['http://127.0.0.1/callback/', 'http://localhost/callback/'],
    });
  });

  it('registers another client, and refuses a malformed one', async () => {
    const added = await fetch(`${BASE}/sim/oauth-clients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: 'ext-1',
        name: 'Extension (test)',
        grantTypes: ['CODE'],
        redirectUris: ['https://abc.chromiumapp.org/'],
      }),
    });
    expect(added.status).toBe(201);
    const page = await authorize(
      authorizeParams({ client_id: 'ext-1', redirect_uri: 'https://abc.chromiumapp.org/' }),
    );
    expect(page.status).toBe(200);
    const bad = await fetch(`${BASE}/sim/oauth-clients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'ext-2', name: 'x', grantTypes: ['PASSWORD'], redirectUris: [] }),
    });
    expect(bad.status).toBe(400);
  });
});
