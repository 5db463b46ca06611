// PKCE sign-in from inside an iframe: the platform's login page refuses to be framed, so it
// opens in a window of its own, comes back to callback.html, which hands the address to this
// frame by postMessage (same origin only) and closes. The code is exchanged here,
// where the verifier waits in this frame's sessionStorage.
import { isCallbackMessage } from './callbackMessage';
import {
  beginPkceLogin,
  completePkceLogin,
  type PkceConfig,
  type PlatformSession,
} from '@acd/shared/embed';

export type PopupSignIn =
  | { kind: 'session'; session: PlatformSession }
  | { kind: 'error'; message: string }
  | { kind: 'blocked' };

/** Must start during the agent's click: browsers only allow a window opened by a gesture. */
export function signInWithPopup(win: Window, pkce: PkceConfig): Promise<PopupSignIn> {
  const popup = win.open('about:blank', 'acd-embeddable-sign-in', 'popup,width=520,height=680');
  if (popup === null) return Promise.resolve({ kind: 'blocked' });
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      // Only our own callback page, in the window we opened.
      if (event.origin !== win.location.origin || event.source !== popup) return;
      if (!isCallbackMessage(event.data)) return;
      win.removeEventListener('message', onMessage);
      popup.close();
      void completePkceLogin(pkce, event.data.url, win.sessionStorage).then((result) => {
        if (result.kind === 'session') resolve({ kind: 'session', session: result.session });
        else if (result.kind === 'error') resolve({ kind: 'error', message: result.message });
        else resolve({ kind: 'error', message: 'the platform sent no code' });
      });
    };
    win.addEventListener('message', onMessage);
    void beginPkceLogin(pkce, win.sessionStorage).then(
      (authorizeUrl) => {
        popup.location.href = authorizeUrl;
      },
      (error: unknown) => {
        win.removeEventListener('message', onMessage);
        popup.close();
        resolve({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
  });
}
