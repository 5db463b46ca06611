// The integration's notices above the agent UI: the file failed, a call log was refused, the
// CRM asked for something a chat client cannot do, or the CRM's own notifyUser message.
// Errors are alerts, the rest polite status; every one can be dismissed; the words follow the
// agent's language.
import type { Language } from '@acd/shared';
import { hostText, type HostTextKey } from '../i18n/text';

export type HostNoticeKind = 'error' | 'warning' | 'info' | 'success';

export type HostNotice =
  | { kind: HostNoticeKind; key: HostTextKey; params?: Record<string, string | number> }
  | { kind: HostNoticeKind; text: string };

const MAX_NOTICES = 8;

const THEME: Record<HostNoticeKind, string> = {
  error: 'slds-theme_error',
  warning: 'slds-theme_warning',
  info: 'slds-theme_info',
  success: 'slds-theme_success',
};

export function createHostNotices(container: HTMLElement, language: () => Language) {
  const doc = container.ownerDocument;
  const list = doc.createElement('ul');
  list.className = 'acd-host-notices';
  container.append(list);
  const shown: {
    notice: HostNotice;
    item: HTMLLIElement;
    timer?: ReturnType<typeof setTimeout>;
  }[] = [];

  const textOf = (notice: HostNotice) =>
    'text' in notice ? notice.text : hostText(language(), notice.key, notice.params);

  const remove = (item: HTMLLIElement) => {
    const index = shown.findIndex((entry) => entry.item === item);
    if (index < 0) return;
    const [entry] = shown.splice(index, 1);
    if (entry?.timer !== undefined) clearTimeout(entry.timer);
    item.remove();
    list.hidden = shown.length === 0;
  };

  const render = (notice: HostNotice, item: HTMLLIElement) => {
    const box = doc.createElement('div');
    box.className = `slds-notify slds-notify_alert ${THEME[notice.kind]}`;
    // Not by colour alone: the role and the words say what it is.
    box.setAttribute('role', notice.kind === 'error' ? 'alert' : 'status');
    const text = doc.createElement('p');
    text.textContent = textOf(notice);
    const close = doc.createElement('button');
    close.type = 'button';
    close.className = 'slds-button slds-button_neutral slds-m-left_x-small';
    close.textContent = hostText(language(), 'notice.dismiss');
    close.addEventListener('click', () => {
      remove(item);
    });
    box.append(text, close);
    item.replaceChildren(box);
  };

  const label = () => {
    const text = hostText(language(), 'notice.label');
    list.setAttribute('aria-label', text);
    container.setAttribute('aria-label', text);
  };
  label();
  list.hidden = true;

  return {
    show(notice: HostNotice, timeoutMs?: number) {
      const item = doc.createElement('li');
      item.className = 'slds-m-bottom_xx-small';
      render(notice, item);
      list.append(item);
      list.hidden = false;
      const entry: (typeof shown)[number] = { notice, item };
      if (timeoutMs !== undefined && timeoutMs > 0) {
        entry.timer = setTimeout(() => {
          remove(item);
        }, timeoutMs);
      }
      shown.push(entry);
      const oldest = shown[0];
      if (shown.length > MAX_NOTICES && oldest !== undefined) remove(oldest.item);
    },
    /** Re-renders every notice in the agent's current language. */
    relabel() {
      label();
      for (const entry of shown) render(entry.notice, entry.item);
    },
    texts: () => shown.map((entry) => textOf(entry.notice)),
  };
}

export type HostNotices = ReturnType<typeof createHostNotices>;
