// A page that could not start (its settings refused, a chunk gone after a deploy, the network
// down) says so in its client's place: in the agent's language, with the reason as text (never
// HTML) and a Reload button, since most such failures pass with a new load of the page. The
// words are here, not in the embed texts: a page's first script shows this when the client's
// code, which carries the texts, did not load.
import type { Language } from '../features/settings/settingsSlice';
import { languageFromLocale } from '../i18n/language';

const WORDS: Record<Language, { title: string; reload: string }> = {
  en: { title: 'The agent client could not start.', reload: 'Reload' },
  ja: { title: 'エージェントクライアントを開始できませんでした。', reload: '再読み込み' },
};

export interface StartFailureOptions {
  /** The page's language; the browser's when the page did not get as far as knowing it. */
  language?: Language;
  /** Defaults to reloading the element's window (in a CRM's iframe, the iframe only). */
  reload?: () => void;
}

export function showStartFailure(
  element: Element,
  error: unknown,
  options: StartFailureOptions = {},
): void {
  const document = element.ownerDocument;
  const view = document.defaultView;
  const language = options.language ?? languageFromLocale(view?.navigator.language);
  const words = WORDS[language];
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
    const made = document.createElement(tag);
    made.className = className;
    made.textContent = text;
    return made;
  };
  const main = make('main', 'slds-p-around_small');
  // The page's own lang may still be its static one: screen readers take the voice from this.
  main.lang = language;
  // The alert holds the words only: announced at once, without the control after it.
  const alert = make('div', '');
  alert.setAttribute('role', 'alert');
  alert.append(
    make('h1', 'slds-text-heading_small', words.title),
    make('p', 'slds-text-body_regular', error instanceof Error ? error.message : String(error)),
  );
  const reload = make('button', 'slds-button slds-button_neutral slds-m-top_x-small', words.reload);
  reload.type = 'button';
  reload.addEventListener('click', () => {
    if (options.reload !== undefined) options.reload();
    else view?.location.reload();
  });
  main.append(alert, reload);
  // Assistive technology waits on a busy element: the page is no longer being filled.
  element.removeAttribute('aria-busy');
  element.replaceChildren(main);
}
