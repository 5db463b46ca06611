// The internal note of a finished chat: the core's plain-text log under a title, as Zendesk's
// `body` (never `html_body`), so whatever the customer typed stays text. Its last line is a reference with a digest of
// the content: a retry of the same log finds it and does not write the note twice.
import type { InteractionLog, Language } from '@acd/shared';
import { zendeskText } from './zendeskText';

/** FNV-1a, 32 bits: enough to tell two versions of one chat's log apart. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function referenceFor(conversationId: string): string {
  return `acd-chat:${conversationId}`;
}

export interface InteractionNote {
  body: string;
  /** In the last line; found in the ticket's comments once this exact note was written. */
  marker: string;
}

export function interactionNote(log: InteractionLog, language: Language): InteractionNote {
  const t = (key: Parameters<typeof zendeskText>[1], params?: Record<string, string | number>) =>
    zendeskText(language, key, params);
  // The core renders the log (in the agent's language); the note only adds its title.
  const title = t(log.existingRecordId === undefined ? 'note.title' : 'note.updated', {
    customer: log.customer.name,
  });
  const content = `${title}\n\n${log.text.full}`;
  const marker = `${referenceFor(log.conversationId)}#${digest(content)}`;
  return { body: `${content}\n\n${t('note.reference')}: ${marker}`, marker };
}
