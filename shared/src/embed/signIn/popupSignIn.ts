// Sign-in where the page cannot leave (a CRM console, a re-sign-in mid-shift): the platform's
// login page opens in a popup and comes back to the deployer's callback page, which posts the
// code here. This window never reads the popup's address (Lightning Web Security distorts it,
// and another origin's is unreadable anyway): it waits for that one message.
import type { PlatformSession } from '../implicitGrant';
import { authorizeUrl, createRandomToken, exchangeCode, SignInError } from '../pkce';
import { isCallbackMessage, popupState } from './callbackProtocol';

export interface PopupSignInConfig {
  loginBaseUrl: string;
  clientId: string;
  /** The callback page; also the redirect URI registered for the OAuth client. */
  callbackUrl: string;
}

export interface PopupSignInOptions {
  fetch?: typeof fetch;
  now?: () => number;
  /** How often to look whether the agent closed the window (not its address). */
  closedCheckMs?: number;
}

const POPUP_FEATURES = 'popup,width=480,height=680';

/**
 * Must be called from the click itself: the window opens synchronously (blank), and is sent
 * to the login page once the PKCE challenge is computed.
 */
export function signInWithPopup(
  config: PopupSignInConfig,
  win: Window,
  options: PopupSignInOptions = {},
): Promise<PlatformSession> {
  const popup = win.open('about:blank', 'acd-platform-sign-in', POPUP_FEATURES);
  if (popup === null) {
    // Only a new click (a user gesture) may open it: the host offers a button to try again.
    return Promise.reject(new SignInError('The browser blocked the sign-in window.', 'blocked'));
  }
  const request = { verifier: createRandomToken(), state: popupState(win.location.origin) };
  const redirectUri = config.callbackUrl;
  const callbackOrigin = new URL(redirectUri).origin;
  const pkce = { loginBaseUrl: config.loginBaseUrl, clientId: config.clientId, redirectUri };

  const answer = new Promise<{ code: string; state: string }>((resolve, reject) => {
    let closedSince: number | null = null;
    const finish = () => {
      win.removeEventListener('message', onMessage);
      win.clearInterval(watch);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== callbackOrigin || !isCallbackMessage(event.data)) return;
      const data = event.data;
      finish();
      if (data.state !== request.state) {
        reject(
          new SignInError(
            'The sign-in answer does not belong to this window (state mismatch).',
            'stateMismatch',
          ),
        );
      } else if (data.error === 'access_denied') {
        reject(new SignInError(data.errorDescription ?? 'The sign-in was cancelled.', 'cancelled'));
      } else if (data.error !== null || data.code === null) {
        reject(
          new SignInError(data.errorDescription ?? data.error ?? 'The platform sent no code.'),
        );
      } else {
        resolve({ code: data.code, state: data.state });
      }
    };
    // A closed window cannot answer any more; a little grace lets a message in flight land.
    const watch = win.setInterval(() => {
      if (!popup.closed) return;
      closedSince ??= Date.now();
      if (Date.now() - closedSince < 1000) return;
      finish();
      reject(new SignInError('The sign-in window was closed before signing in.', 'cancelled'));
    }, options.closedCheckMs ?? 250);
    win.addEventListener('message', onMessage);
  });

  return authorizeUrl(pkce, request)
    .then((url) => {
      popup.location.href = url;
      return answer;
    })
    .then((callback) => exchangeCode(pkce, request, callback, options));
}
