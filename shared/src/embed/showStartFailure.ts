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
  /** Defaults to reloading the element's window. */
  reload?: () => void;
}

export function showStartFailure(
  element: Element,
  error: unknown,
  options: StartFailureOptions = {},
): void {
  const document = element.ownerDocument;
  const view = document.defaultView;
  const words = WORDS[options.language ?? languageFromLocale(view?.navigator.language)];
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string) => {
    const made = document.createElement(tag);
    made.className = className;
    made.textContent = text;
    return made;
  };
  const alert = document.createElement('div');
  alert.setAttribute('role', 'alert');
  alert.className = 'slds-p-around_small';
  const reload = make('button', 'slds-button slds-button_neutral slds-m-top_x-small', words.reload);
  reload.type = 'button';
  reload.addEventListener('click', () => {
    if (options.reload !== undefined) options.reload();
    else view?.location.reload();
  });
  alert.append(
    make('p', 'slds-text-heading_small', words.title),
    make('p', 'slds-text-body_regular', error instanceof Error ? error.message : String(error)),
    reload,
  );
  element.replaceChildren(alert);
}
