import {
  authorizeUrl,
  codeChallengeS256,
  createRandomToken,
  exchangeCode,
  loginBaseUrlFor,
} from './pkce';

const config = {
  loginBaseUrl: 'https://login.example.test',
  clientId: 'client-1',
  redirectUri: 'https://agent.example.test/standalone/',
};

describe('PKCE', () => {
  it('computes the S256 challenge of RFC 7636 appendix B', async () => {
    await expect(codeChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).resolves.toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('makes fresh 43-character verifiers from the verifier alphabet', () => {
    const a = createRandomToken();
    const b = createRandomToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });

  it('refuses a verifier that is too short to be safe', async () => {
    await expect(codeChallengeS256('short')).rejects.toThrow(/43 to 128/);
  });

  it('sends the challenge, never the verifier, to the login page', async () => {
    const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
    const url = new URL(await authorizeUrl(config, { verifier, state: 's1' }));
    expect(url.origin + url.pathname).toBe('https://login.example.test/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'client-1',
      redirect_uri: 'https://agent.example.test/standalone/',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
      state: 's1',
    });
    expect(url.toString()).not.toContain(verifier);
  });

  it('finds the login host beside the API host', () => {
    expect(loginBaseUrlFor('https://api.mypurecloud.jp/')).toBe('https://login.mypurecloud.jp');
    expect(loginBaseUrlFor('http://127.0.0.1:4010')).toBe('http://127.0.0.1:4010');
  });
});

describe('the code exchange', () => {
  const request = { verifier: 'v'.repeat(43), state: 'st' };

  it('posts the code with the verifier and returns the session', async () => {
    const sent: { url: string; body: string }[] = [];
    const fakeFetch: typeof fetch = (input, init) => {
      sent.push({ url: (input as URL).toString(), body: init?.body as string });
      return Promise.resolve(
        Response.json({ access_token: 'tok', token_type: 'bearer', expires_in: 60 }),
      );
    };
    const session = await exchangeCode(
      config,
      request,
      { code: 'c0de', state: 'st' },
      { fetch: fakeFetch, now: () => 1000 },
    );
    expect(session).toEqual({ accessToken: 'tok', expiresAt: 61_000 });
    expect(sent[0]?.url).toBe('https://login.example.test/oauth/token');
    expect(Object.fromEntries(new URLSearchParams(sent[0]?.body))).toEqual({
      grant_type: 'authorization_code',
      code: 'c0de',
      redirect_uri: config.redirectUri,
      client_id: 'client-1',
      code_verifier: 'v'.repeat(43),
    });
  });

  it('refuses an answer carrying another state without calling the platform', async () => {
    const fakeFetch = jest.fn<Promise<Response>, Parameters<typeof fetch>>();
    await expect(
      exchangeCode(config, request, { code: 'c', state: 'other' }, { fetch: fakeFetch }),
    ).rejects.toThrow(/state mismatch/);
    expect(fakeFetch).not.toHaveBeenCalled();
  });

  it("shows the platform's reason when it refuses the code", async () => {
    const fakeFetch: typeof fetch = () =>
      Promise.resolve(
        Response.json(
          { error: 'invalid_grant', error_description: 'The code has expired' },
          { status: 400 },
        ),
      );
    await expect(
      exchangeCode(config, request, { code: 'c', state: 'st' }, { fetch: fakeFetch }),
    ).rejects.toThrow('The platform refused the sign-in: The code has expired');
  });
});
