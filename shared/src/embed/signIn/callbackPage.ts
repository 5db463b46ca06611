// The callback page's whole job: the platform's login sends the popup here with `?code=`
// (or `?error=`) and the state; this page hands them to the window that opened it, at the
// origin named in the state if the deployment allows it, then closes. It keeps nothing and
// never exchanges the code itself: the opener holds the PKCE verifier.
import {
  CALLBACK_MESSAGE,
  openerOriginOf,
  originAllowed,
  type CallbackMessage,
} from './callbackProtocol';

export type CallbackOutcome =
  | { kind: 'posted'; origin: string }
  | { kind: 'notACallback' }
  | { kind: 'noOpener' }
  | { kind: 'originRefused'; origin: string | null };

export interface CallbackPageWindow {
  location: { href: string; origin: string };
  opener: { postMessage: (message: unknown, targetOrigin: string) => void } | null;
  close: () => void;
}

/**
 * `allowedOpeners` comes from the deployment (the page's own origin is always allowed): the
 * CRM origins whose agent clients may receive codes through this page.
 */
export function runCallbackPage(
  win: CallbackPageWindow,
  allowedOpeners: readonly string[],
): CallbackOutcome {
  const params = new URL(win.location.href).searchParams;
  const state = params.get('state');
  const code = params.get('code');
  const error = params.get('error');
  if (state === null || (code === null && error === null)) return { kind: 'notACallback' };
  const origin = openerOriginOf(state);
  if (origin === null || !originAllowed(origin, [win.location.origin, ...allowedOpeners])) {
    return { kind: 'originRefused', origin };
  }
  if (win.opener === null) return { kind: 'noOpener' };
  const message: CallbackMessage = {
    type: CALLBACK_MESSAGE,
    state,
    code,
    error,
    errorDescription: params.get('error_description'),
  };
  // The target origin makes the browser drop the message if the opener has navigated away.
  win.opener.postMessage(message, origin);
  win.close();
  return { kind: 'posted', origin };
}
