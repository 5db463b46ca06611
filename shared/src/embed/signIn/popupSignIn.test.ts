// The popup flow against a window double: it opens the popup in the click, sends it to the
// login page with a PKCE challenge, waits for the callback page's message (never reading the
// popup's address) and trades the code with the verifier.
import { CALLBACK_MESSAGE } from './callbackProtocol';
import { signInWithPopup } from './popupSignIn';
import { SignInError } from '../pkce';

const CONFIG = {
  loginBaseUrl: 'https://login.example',
  clientId: 'client-1',
  callbackUrl: 'https://pages.example/callback/',
};

function fakeWindow({ blocked = false } = {}) {
  const target = new EventTarget();
  const popup = { closed: false, location: { href: 'about:blank' } };
  const open = jest.fn(() => (blocked ? null : popup));
  const win = {
    location: { origin: 'https://crm.example' },
    open,
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms) as unknown as number,
    clearInterval: (id: number) => {
      clearInterval(id);
    },
  };
  const answer = (data: Record<string, unknown>, origin = 'https://pages.example') => {
    target.dispatchEvent(
      new MessageEvent('message', { origin, data: { type: CALLBACK_MESSAGE, ...data } }),
    );
  };
  const sentState = () => new URL(popup.location.href).searchParams.get('state') ?? '';
  const loginPageOpened = async () => {
    for (let i = 0; i < 50 && popup.location.href === 'about:blank'; i++) {
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  return { win: win as unknown as Window, open, popup, answer, sentState, loginPageOpened };
}

const tokenFetch = () =>
  jest.fn((_url: URL | RequestInfo, _init?: RequestInit) =>
    Promise.resolve(Response.json({ access_token: 't-1', token_type: 'bearer', expires_in: 60 })),
  );

describe('signInWithPopup', () => {
  it('opens the login page with an S256 challenge and trades the posted code with the verifier', async () => {
    const w = fakeWindow();
    const fetch = tokenFetch();
    const session = signInWithPopup(CONFIG, w.win, { fetch, now: () => 1000 });
    expect(w.open).toHaveBeenCalledWith('about:blank', expect.any(String), expect.any(String));
    await w.loginPageOpened();
    const login = new URL(w.popup.location.href);
    expect(login.origin + login.pathname).toBe('https://login.example/oauth/authorize');
    expect(login.searchParams.get('redirect_uri')).toBe(CONFIG.callbackUrl);
    expect(login.searchParams.get('code_challenge_method')).toBe('S256');
    // Another origin's message, even with the right state, is ignored.
    w.answer(
      { state: w.sentState(), code: 'stolen', error: null, errorDescription: null },
      'https://evil.test',
    );
    w.answer({ state: w.sentState(), code: 'c-1', error: null, errorDescription: null });
    await expect(session).resolves.toEqual({ accessToken: 't-1', expiresAt: 61_000 });
    const body = new URLSearchParams(fetch.mock.calls[0]?.[1]?.body as string);
    expect(body.get('code')).toBe('c-1');
    expect(body.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses an answer with another state without calling the token endpoint', async () => {
    const w = fakeWindow();
    const fetch = tokenFetch();
    const session = signInWithPopup(CONFIG, w.win, { fetch });
    await w.loginPageOpened();
    w.answer({ state: `x${w.sentState()}`, code: 'c-1', error: null, errorDescription: null });
    await expect(session).rejects.toMatchObject({ reason: 'stateMismatch' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reports a blocked popup, a cancelled login and a closed window as such', async () => {
    await expect(signInWithPopup(CONFIG, fakeWindow({ blocked: true }).win)).rejects.toMatchObject({
      reason: 'blocked',
    });

    const cancelled = fakeWindow();
    const first = signInWithPopup(CONFIG, cancelled.win);
    await cancelled.loginPageOpened();
    cancelled.answer({
      state: cancelled.sentState(),
      code: null,
      error: 'access_denied',
      errorDescription: 'The user cancelled the sign-in',
    });
    await expect(first).rejects.toMatchObject({ reason: 'cancelled' });

    const closed = fakeWindow();
    const second = signInWithPopup(CONFIG, closed.win, { closedCheckMs: 20 });
    closed.popup.closed = true;
    await expect(second).rejects.toBeInstanceOf(SignInError);
    await expect(second).rejects.toMatchObject({ reason: 'cancelled' });
  });
});
