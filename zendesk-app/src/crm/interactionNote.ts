// The internal note of a finished chat: plain text (Zendesk's `body`, never `html_body`),
// so whatever the customer typed stays text. Its last line is a reference with a digest of
// the content: a retry of the same log finds it and does not write the note twice.
import { type Language, formatDuration, type InteractionLog } from '@acd/shared';
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

function stamp(language: Language, iso: string | undefined): string {
  if (iso === undefined) return '-';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (
    new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-US', {
      dateStyle: 'medium',
      timeStyle: 'medium',
      timeZone: 'UTC',
    }).format(date) + ' UTC'
  );
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
  const lines = [
    t(log.existingRecordId === undefined ? 'note.title' : 'note.updated', {
      customer: log.customer.name,
    }),
    '',
    `${t('note.customer')}: ${log.customer.name}`,
    ...(log.customer.email === undefined ? [] : [`${t('note.email')}: ${log.customer.email}`]),
    `${t('note.queue')}: ${log.queue.name}`,
    `${t('note.agent')}: ${log.agentName}`,
    `${t('note.started')}: ${stamp(language, log.startTime)}`,
    `${t('note.connected')}: ${stamp(language, log.connectedTime)}`,
    `${t('note.ended')}: ${stamp(language, log.endTime)}`,
    `${t('note.duration')}: ${formatDuration(language, log.durationSeconds)}`,
    `${t('note.wrapup')}: ${log.wrapupCode.name}`,
    '',
    `${t('note.notes')}:`,
    log.notes.trim() === '' ? t('note.noNotes') : log.notes,
    '',
    `${t('note.transcript')}:`,
    // System lines (joined, left) have no speaker: no empty "name:" before them.
    ...log.transcript.map(
      (line) =>
        `[${stamp(language, line.at)}] ${line.name === '' ? line.text : `${line.name}: ${line.text}`}`,
    ),
  ];
  const content = lines.join('\n');
  const marker = `${referenceFor(log.conversationId)}#${digest(content)}`;
  return { body: `${content}\n\n${t('note.reference')}: ${marker}`, marker };
}
