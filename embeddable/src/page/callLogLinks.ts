// The call-log records the CRM confirmed, one button each: the agent opens the record in the
// CRM through the file's openCallLog (the client never navigates the CRM page itself).
import type { Language } from '@acd/shared';
import type { CallLog, CondensedInteraction } from '../framework/frameworkTypes';
import { hostText } from '../i18n/text';

export interface CallLogLink {
  conversationId: string;
  interaction: CondensedInteraction;
  callLog: CallLog;
}

export function createCallLogLinks(
  container: HTMLElement,
  language: () => Language,
  open: (link: CallLogLink) => void,
) {
  const doc = container.ownerDocument;
  const section = doc.createElement('section');
  section.className = 'slds-p-around_xx-small acd-call-logs';
  const heading = doc.createElement('h2');
  heading.className = 'slds-text-title_caps slds-m-bottom_xx-small';
  const list = doc.createElement('ul');
  section.append(heading, list);
  section.hidden = true;
  container.append(section);
  let links: CallLogLink[] = [];

  const render = () => {
    heading.textContent = hostText(language(), 'callLogs.heading');
    section.setAttribute('aria-label', heading.textContent);
    list.replaceChildren(
      ...links.map((link) => {
        const item = doc.createElement('li');
        const button = doc.createElement('button');
        button.type = 'button';
        button.className = 'slds-button slds-button_neutral slds-m-bottom_xx-small';
        button.textContent = hostText(language(), 'callLogs.open', {
          customer: link.interaction.name || link.interaction.displayAddress,
        });
        button.addEventListener('click', () => {
          open(link);
        });
        item.append(button);
        return item;
      }),
    );
    section.hidden = links.length === 0;
  };

  return {
    set(next: CallLogLink[]) {
      links = next;
      render();
    },
    relabel: render,
  };
}
