// The frame's Sign out button, below the call-log records and help links. Its label follows
// the client's language. No form around it, so it submits nothing.
import { embedText } from '@acd/shared/embed';
import type { Language } from '@acd/shared';

export function createSignOutButton(
  container: HTMLElement,
  language: () => Language,
  onClick: () => void,
): () => void {
  const button = document.createElement('button');
  button.className = 'slds-button slds-button_neutral';
  button.addEventListener('click', onClick);
  container.append(button);
  const relabel = () => {
    button.textContent = embedText(language(), 'signIn.signOut');
  };
  relabel();
  /** Call when the language changes. */
  return relabel;
}
