// The call log of a finished chat as plain text in the agent's language (rule 9), written
// once here so every CRM shows the same thing and only decides where it goes (a Task's
// Description, a ticket's internal note...). Customer text stays text: nothing here is HTML.
import type { InteractionLogText, TranscriptLine } from '../../ports/crmAdapter';
import type { Language } from '../settings/settingsSlice';
import { formatDuration, translate, type MessageKey } from '../../i18n/translate';

interface LogFacts {
  customer: { name: string; email?: string };
  queue: { name: string };
  agentName: string;
  startTime: string;
  connectedTime?: string;
  endTime: string;
  durationSeconds: number;
  wrapupCode: { name: string };
  notes: string;
  transcript: TranscriptLine[];
}

/** A date and time readers in any time zone agree on: the agent's format, in UTC. */
export function logTimestamp(language: Language, iso: string | undefined): string {
  if (iso === undefined) return '-';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const format = new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-US', {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'UTC',
  });
  return `${format.format(date)} UTC`;
}

export function interactionLogText(log: LogFacts, language: Language): InteractionLogText {
  const t = (key: MessageKey) => translate(language, key);
  const field = (key: MessageKey, value: string) => `${t(key)}: ${value}`;
  const summary = [
    field('log.customer', log.customer.name),
    ...(log.customer.email === undefined ? [] : [field('log.email', log.customer.email)]),
    field('log.queue', log.queue.name),
    field('log.agent', log.agentName),
    field('log.started', logTimestamp(language, log.startTime)),
    field('log.connected', logTimestamp(language, log.connectedTime)),
    field('log.ended', logTimestamp(language, log.endTime)),
    field('log.duration', formatDuration(language, log.durationSeconds)),
    field('log.wrapup', log.wrapupCode.name),
    '',
    `${t('log.notes')}:`,
    log.notes.trim() === '' ? t('log.noNotes') : log.notes,
  ].join('\n');
  const transcript = log.transcript
    // System lines (joined, left) have no speaker: no empty "name:" before them.
    .map((line) => {
      const said = line.name === '' ? line.text : `${line.name}: ${line.text}`;
      return `[${logTimestamp(language, line.at)}] ${said}`;
    })
    .join('\n');
  return {
    summary,
    transcriptHeading: `${t('log.transcript')}:`,
    transcript,
    full: `${summary}\n\n${t('log.transcript')}:\n${transcript}`,
  };
}
