// The OAuth callback page (/callback/ of the built pages): hands the login's answer to the
// agent client that opened the popup, then closes; otherwise says why in the agent's language.
import { embedText, runCallbackPage } from '@acd/shared/embed';
import { languageFromLocale } from '@acd/shared';

const openers = (
  document.querySelector<HTMLMetaElement>('meta[name="acd-callback-openers"]')?.content ?? ''
)
  .split(/\s+/)
  .filter((entry) => entry !== '');
const language = languageFromLocale(navigator.language);
document.documentElement.lang = language;

const outcome = runCallbackPage(window, openers);
const status = document.getElementById('callback-status');
if (status !== null) {
  const key = {
    posted: 'callback.done',
    notACallback: 'callback.notACallback',
    noOpener: 'callback.noOpener',
    originRefused: 'callback.refused',
  } as const;
  status.textContent = embedText(language, key[outcome.kind]);
  if (outcome.kind !== 'posted') status.setAttribute('role', 'alert');
}
// The code must not linger in this window's history.
window.history.replaceState(null, '', window.location.pathname);
