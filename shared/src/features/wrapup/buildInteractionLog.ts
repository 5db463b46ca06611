// The CRM activity record of a finished chat (rule 9, call logging on): who, which queue,
// when, how long, how it was wrapped up, the notes and the whole transcript.
import type { InteractionLog, TranscriptLine } from '../../ports/crmAdapter';
import type { Interaction } from '../interactions/interactionFromSnapshot';
import { lineSource } from '../messages/messageSelectors';
import { messageOf, type Transcript } from '../messages/messagesSlice';
import type { Language } from '../settings/settingsSlice';
import { interactionLogText } from './interactionLogText';

export function transcriptLines(
  transcript: Transcript | undefined,
  names: { customer: string; agent: string },
): TranscriptLine[] {
  if (transcript === undefined) return [];
  const lines: TranscriptLine[] = [];
  for (const id of transcript.messageIds) {
    const message = messageOf(transcript, id);
    // Only what the platform confirmed belongs in a record.
    if (message === undefined || message.delivery !== undefined) continue;
    const from = lineSource(transcript, message);
    const name = from === 'customer' ? names.customer : from === 'agent' ? names.agent : '';
    lines.push({ at: message.timestamp, from, name, text: message.body });
  }
  return lines;
}

export function buildInteractionLog(input: {
  interaction: Interaction;
  transcript: Transcript | undefined;
  code: { id: string; name: string };
  notes: string;
  now: number;
  /** The agent's language, for the log's text. */
  language: Language;
}): InteractionLog {
  const { interaction, transcript, code, notes, now, language } = input;
  const endTime = interaction.endTime ?? new Date(now).toISOString();
  const from = Date.parse(interaction.connectedTime ?? interaction.startTime);
  const durationSeconds = Math.max(0, Math.round((Date.parse(endTime) - from) / 1000));
  const facts = {
    conversationId: interaction.id,
    customer: { name: interaction.customer.name, email: interaction.customer.email },
    queue: interaction.queue,
    agentName: interaction.agentName,
    startTime: interaction.startTime,
    connectedTime: interaction.connectedTime,
    endTime,
    durationSeconds: Number.isFinite(durationSeconds) ? durationSeconds : 0,
    wrapupCode: code,
    notes,
    transcript: transcriptLines(transcript, {
      customer: interaction.customer.name,
      agent: interaction.agentName,
    }),
  };
  return { ...facts, text: interactionLogText(facts, language) };
}
