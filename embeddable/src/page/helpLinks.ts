// Framework.config.helpLinks: the integrator's help pages, as links under the client (each
// opens in a new tab; only http(s) URLs get this far).
import type { Language } from '@acd/shared';
import type { HelpLinks } from '../framework/frameworkConfig';
import { hostText } from '../i18n/text';

const ORDER = ['InteractionList', 'CallLog', 'Settings'] as const;

export function createHelpLinks(
  container: HTMLElement,
  links: HelpLinks,
  language: () => Language,
) {
  const doc = container.ownerDocument;
  const nav = doc.createElement('nav');
  nav.className = 'acd-help-links';
  const list = doc.createElement('ul');
  list.className = 'slds-list_horizontal slds-has-dividers_left';
  nav.append(list);
  const render = () => {
    nav.setAttribute('aria-label', hostText(language(), 'help.label'));
    list.replaceChildren(
      ...ORDER.flatMap((key) => {
        const url = links[key];
        if (url === undefined) return [];
        const item = doc.createElement('li');
        item.className = 'slds-item';
        const link = doc.createElement('a');
        link.href = url;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        link.textContent = hostText(language(), `help.${key}`);
        item.append(link);
        return [item];
      }),
    );
    nav.hidden = list.childElementCount === 0;
  };
  render();
  container.append(nav);
  return { relabel: render };
}
