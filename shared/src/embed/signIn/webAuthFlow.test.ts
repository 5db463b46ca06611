// The launcher flow (an extension's identity.launchWebAuthFlow) against a launcher double: it
// sends the browser to the login page with an S256 challenge, reads the redirect it is handed,
// checks the state and trades the code with the verifier it kept.
import { SignInError } from '../pkce';
import { signInWithWebAuthFlow } from './webAuthFlow';

const CLIENT = { loginBaseUrl: 'https://login.example', clientId: 'ext-1' };
const REDIRECT = 'https://abcdef.chromiumapp.org/';

function tokenEndpoint() {
  const bodies: URLSearchParams[] = [];
  const fetchImpl = jest.fn((_url: string | URL | Request, init?: RequestInit) => {
    bodies.push(new URLSearchParams(init?.body as string));
    return Promise.resolve(
      new Response(JSON.stringify({ access_token: 'tok-1', expires_in: 3600 }), { status: 200 }),
    );
  });
  return { fetch: fetchImpl as unknown as typeof fetch, bodies, calls: fetchImpl };
}

describe('signInWithWebAuthFlow', () => {
  it('opens the login with PKCE and trades the code the redirect carries', async () => {
    const token = tokenEndpoint();
    let opened = '';
    const session = await signInWithWebAuthFlow(CLIENT, {
      redirectUri: REDIRECT,
      fetch: token.fetch,
      launch: (url) => {
        opened = url;
        const state = new URL(url).searchParams.get('state') ?? '';
        return Promise.resolve(`${REDIRECT}?code=c-1&state=${state}`);
      },
    });
    const query = new URL(opened).searchParams;
    expect(opened.startsWith('https://login.example/oauth/authorize?')).toBe(true);
    expect(query.get('redirect_uri')).toBe(REDIRECT);
    expect(query.get('code_challenge_method')).toBe('S256');
    expect(session.accessToken).toBe('tok-1');
    expect(token.bodies[0]?.get('code')).toBe('c-1');
    expect(token.bodies[0]?.get('redirect_uri')).toBe(REDIRECT);
    expect(token.bodies[0]?.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses an answer with another state, without trading the code', async () => {
    const token = tokenEndpoint();
    const attempt = signInWithWebAuthFlow(CLIENT, {
      redirectUri: REDIRECT,
      fetch: token.fetch,
      launch: () => Promise.resolve(`${REDIRECT}?code=c-1&state=forged`),
    });
    await expect(attempt).rejects.toMatchObject({ reason: 'stateMismatch' });
    expect(token.calls).not.toHaveBeenCalled();
  });

  it('says cancelled when the agent closes the window or denies, refused on other errors', async () => {
    const closed = signInWithWebAuthFlow(CLIENT, {
      redirectUri: REDIRECT,
      launch: () => Promise.reject(new Error('The user did not approve access.')),
    });
    await expect(closed).rejects.toBeInstanceOf(SignInError);
    await expect(closed).rejects.toMatchObject({ reason: 'cancelled' });
    const denied = signInWithWebAuthFlow(CLIENT, {
      redirectUri: REDIRECT,
      launch: () => Promise.resolve(`${REDIRECT}?error=access_denied&state=x`),
    });
    await expect(denied).rejects.toMatchObject({ reason: 'cancelled' });
    const refused = signInWithWebAuthFlow(CLIENT, {
      redirectUri: REDIRECT,
      launch: () =>
        Promise.resolve(`${REDIRECT}?error=invalid_scope&error_description=No%20scope&state=x`),
    });
    await expect(refused).rejects.toMatchObject({ reason: 'refused', message: 'No scope' });
  });
});
