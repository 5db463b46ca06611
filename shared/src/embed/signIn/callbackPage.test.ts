import { CALLBACK_MESSAGE, openerOriginOf, originAllowed, popupState } from './callbackProtocol';
import { runCallbackPage, type CallbackPageWindow } from './callbackPage';

function callbackWindow(query: string, opener: boolean) {
  const posted: { message: unknown; origin: string }[] = [];
  let closed = false;
  const win: CallbackPageWindow = {
    location: { href: `https://agent.example/callback/?${query}`, origin: 'https://agent.example' },
    opener: opener
      ? {
          postMessage: (message, origin) => {
            posted.push({ message, origin });
          },
        }
      : null,
    close: () => {
      closed = true;
    },
  };
  return { win, posted, closed: () => closed };
}

describe('the popup state', () => {
  it('carries the opener origin beside a random nonce, and nothing else parses as one', () => {
    const state = popupState('https://acme.my.salesforce.com');
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]+$/);
    expect(openerOriginOf(state)).toBe('https://acme.my.salesforce.com');
    expect(openerOriginOf('plain-state')).toBeNull();
    expect(openerOriginOf(`${'a'.repeat(43)}.${btoa('https://x.test/path')}`)).toBeNull();
  });

  it('allows exact origins, https://*.suffix and host:* entries only', () => {
    const allowed = ['https://a.test', 'https://*.zdusercontent.com'];
    expect(originAllowed('https://a.test', allowed)).toBe(true);
    expect(originAllowed('https://1234.apps.zdusercontent.com', allowed)).toBe(true);
    expect(originAllowed('http://1234.apps.zdusercontent.com', allowed)).toBe(false);
    expect(originAllowed('https://zdusercontent.com.evil.test', allowed)).toBe(false);
    expect(originAllowed('http://127.0.0.1:5173', ['http://127.0.0.1:*'])).toBe(true);
    expect(originAllowed('http://127.0.0.2:5173', ['http://127.0.0.1:*'])).toBe(false);
  });
});

describe('runCallbackPage', () => {
  it('posts the code and state to the opener at the origin named in the state, then closes', () => {
    const state = popupState('https://crm.example');
    const page = callbackWindow(`code=abc&state=${state}`, true);
    expect(runCallbackPage(page.win, ['https://crm.example'])).toEqual({
      kind: 'posted',
      origin: 'https://crm.example',
    });
    expect(page.posted).toEqual([
      {
        message: {
          type: CALLBACK_MESSAGE,
          state,
          code: 'abc',
          error: null,
          errorDescription: null,
        },
        origin: 'https://crm.example',
      },
    ]);
    expect(page.closed()).toBe(true);
  });

  it('passes a cancelled login on as its error', () => {
    const state = popupState('https://agent.example');
    const page = callbackWindow(
      `error=access_denied&error_description=The+user+cancelled&state=${state}`,
      true,
    );
    runCallbackPage(page.win, []);
    expect(page.posted[0]?.message).toMatchObject({
      code: null,
      error: 'access_denied',
      errorDescription: 'The user cancelled',
    });
  });

  it('sends nothing to an origin the deployment does not allow', () => {
    const page = callbackWindow(`code=abc&state=${popupState('https://evil.test')}`, true);
    expect(runCallbackPage(page.win, ['https://crm.example'])).toEqual({
      kind: 'originRefused',
      origin: 'https://evil.test',
    });
    expect(page.posted).toEqual([]);
    expect(page.closed()).toBe(false);
  });

  it('says so when there is no opener or no answer in the address', () => {
    const state = popupState('https://agent.example');
    expect(runCallbackPage(callbackWindow(`code=abc&state=${state}`, false).win, [])).toEqual({
      kind: 'noOpener',
    });
    expect(runCallbackPage(callbackWindow('', true).win, [])).toEqual({ kind: 'notACallback' });
  });
});
