import { createMemoryWebStorage } from './memoryWebStorage';
import { beginPkceLogin, completePkceLogin } from './pkceLogin';
import { codeChallengeS256 } from './pkce';

const config = {
  loginBaseUrl: 'https://login.example.test',
  clientId: 'client-1',
  redirectUri: 'https://agent.example.test/standalone/?lang=ja',
};

/** A login server that checks the verifier against the challenge it was shown. */
function loginServer() {
  let challenge = '';
  const fakeFetch: typeof fetch = async (_input, init) => {
    const form = new URLSearchParams(init?.body as string);
    const ok = (await codeChallengeS256(form.get('code_verifier') ?? '')) === challenge;
    return ok
      ? Response.json({ access_token: 'granted', token_type: 'bearer', expires_in: 100 })
      : Response.json({ error: 'invalid_grant' }, { status: 400 });
  };
  return {
    fetch: fakeFetch,
    visit(authorize: string) {
      const url = new URL(authorize);
      challenge = url.searchParams.get('code_challenge') ?? '';
      return `${config.redirectUri}&code=abc&state=${url.searchParams.get('state') ?? ''}`;
    },
  };
}

describe('PKCE sign-in across the redirect', () => {
  it('signs in when the login page sends the code back to the same tab', async () => {
    const tab = createMemoryWebStorage();
    const server = loginServer();
    const back = server.visit(await beginPkceLogin(config, tab));
    const result = await completePkceLogin(config, back, tab, {
      fetch: server.fetch,
      now: () => 0,
    });
    expect(result).toEqual({
      kind: 'session',
      session: { accessToken: 'granted', expiresAt: 100_000 },
      cleanUrl: 'https://agent.example.test/standalone/?lang=ja',
    });
    expect(tab.length).toBe(0);
  });

  it('refuses a code that arrives in another tab', async () => {
    const server = loginServer();
    const back = server.visit(await beginPkceLogin(config, createMemoryWebStorage()));
    const result = await completePkceLogin(config, back, createMemoryWebStorage(), {
      fetch: server.fetch,
    });
    expect(result.kind).toBe('error');
    expect(result.kind === 'error' ? result.message : '').toMatch(/this tab/);
  });

  it("passes on the platform's refusal", async () => {
    const tab = createMemoryWebStorage();
    await beginPkceLogin(config, tab);
    const result = await completePkceLogin(
      config,
      `${config.redirectUri}&error=access_denied&error_description=Not+allowed`,
      tab,
    );
    expect(result).toMatchObject({ kind: 'error', message: 'Not allowed' });
  });

  it('does nothing on an ordinary visit', async () => {
    await expect(
      completePkceLogin(config, config.redirectUri, createMemoryWebStorage()),
    ).resolves.toEqual({ kind: 'none' });
  });
});
