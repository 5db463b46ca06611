// callback.html: the platform's OAuth redirect lands here, in the sign-in window the client
// frame opened. The core's callback page hands the code and state to that frame (same
// origin: the client and this page are deployed together, so no other opener is allowed)
// and closes; opened any other way, it says why in the agent's language (the sign-in's
// words).
import { embedText, runCallbackPage } from '@acd/shared/embed';
import { languageFromLocale } from '@acd/shared';

/** Runs on callback.html, which loads the client's one script (one file to ship and cache). */
export function runCallback(): void {
  const status = document.getElementById('status');
  const language = (document.documentElement.lang = languageFromLocale(navigator.language));
  const { kind } = runCallbackPage(window, []);
  // The code must not linger in this window's history.
  history.replaceState(null, '', location.pathname);
  if (status === null) return;
  const key = kind === 'posted' ? 'done' : kind === 'originRefused' ? 'refused' : kind;
  status.textContent = embedText(language, `callback.${key}`);
  if (kind !== 'posted') status.setAttribute('role', 'alert');
}
