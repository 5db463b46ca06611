// The CrmAdapter of a page with no CRM (the standalone client). The agent UI rings by itself
// (sound + notification, when this client's ringing is on); this marks the tab title with
// the number of alerting and unread chats, so a background tab shows there is work.
// There is no CRM record to find or log to; call logging is off for this host.
import type { Attention, CrmAdapter } from '../ports/crmAdapter';
import type { Language } from '../features/settings/settingsSlice';
import { embedText } from './embedText';

export interface PageAttentionOptions {
  document: Pick<Document, 'title' | 'documentElement'>;
  language: () => Language;
}

export function createPageAttention(options: PageAttentionOptions): CrmAdapter & {
  dispose(): void;
} {
  const doc = options.document;
  const baseTitle = doc.title;

  const setAttention = (attention: Attention) => {
    const count = attention.alerting + attention.unread;
    doc.title =
      count > 0
        ? embedText(options.language(), 'page.attentionTitle', { count, title: baseTitle })
        : baseTitle;
  };

  return {
    screenPop: () => Promise.resolve({ kind: 'noCrm' }),
    logInteraction: () =>
      Promise.reject(new Error('The standalone client has no CRM to log interactions to')),
    setAttention,
    currentContext: () => Promise.resolve({ locale: doc.documentElement.lang || undefined }),
    dispose: () => {
      doc.title = baseTitle;
    },
  };
}
