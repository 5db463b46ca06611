// Sign-in to a real platform from the utility bar: the console page cannot be redirected
// away, so the platform's login page opens in a popup (authorization code + PKCE). Its
// redirect URI is the org's own origin, so once the platform sends the popup back there the
// opener can read the code from the popup's address, close it and trade the code.
import {
  beginPkceLogin,
  completePkceLogin,
  SignInError,
  type PkceConfig,
  type PlatformSession,
} from '@acd/shared/embed';

export interface PopupHost {
  open: (url: string) => Window | null;
  sessionStorage: globalThis.Storage;
  setInterval: (callback: () => void, ms: number) => number;
  clearInterval: (id: number) => void;
}

const POLL_MS = 400;
const GIVE_UP_MS = 5 * 60_000;

export function redirectUriFor(origin: string): string {
  return `${origin}/`;
}

export async function signInWithPopup(
  pkce: PkceConfig,
  host: PopupHost,
  options: { fetch?: typeof fetch } = {},
): Promise<PlatformSession> {
  const url = await beginPkceLogin(pkce, host.sessionStorage);
  const popup = host.open(url);
  if (popup === null) {
    throw new SignInError('The browser blocked the sign-in window. Allow popups for Salesforce.');
  }
  const returned = await new Promise<string>((resolve, reject) => {
    let waited = 0;
    const timer = host.setInterval(() => {
      waited += POLL_MS;
      if (popup.closed || waited > GIVE_UP_MS) {
        host.clearInterval(timer);
        reject(new SignInError('The sign-in window was closed before signing in.'));
        return;
      }
      let href: string;
      try {
        href = popup.location.href;
      } catch {
        return; // still on the platform's login page (another origin)
      }
      if (!href.startsWith(pkce.redirectUri) || !/[?&](code|error)=/.test(href)) return;
      host.clearInterval(timer);
      popup.close();
      resolve(href);
    }, POLL_MS);
  });
  const result = await completePkceLogin(pkce, returned, host.sessionStorage, options);
  if (result.kind === 'session') return result.session;
  throw new SignInError(result.kind === 'error' ? result.message : 'The platform sent no code.');
}
