// The Guest API's frames, as the vendor's web messaging WebSocket sends them: every frame back
// is `{ type: "response" | "message", class, code, body }`. A failure's body is a sentence
// (class "string"), so a guest client can show it as it is.
import type { MessageData } from '@acd/shared';

export interface GuestFrame {
  type: 'response' | 'message';
  class: string;
  code: number;
  body: unknown;
}

/** What a guest's StructuredMessage body carries (the normalized message, for the guest). */
export interface GuestStructuredBody {
  id: string;
  channel: { time: string; messageId: string };
  type: 'Text' | 'Structured';
  text: string;
  content?: unknown[];
  direction: 'Inbound' | 'Outbound';
  originatingEntity: 'Human' | 'Bot';
}

export const response = (cls: string, body: unknown): GuestFrame => ({
  type: 'response',
  class: cls,
  code: 200,
  body,
});

export const event = (cls: string, body: unknown): GuestFrame => ({
  type: 'message',
  class: cls,
  code: 200,
  body,
});

export const failure = (code: number, sentence: string): GuestFrame => ({
  type: 'response',
  class: 'string',
  code,
  body: sentence,
});

export function structuredMessage(data: MessageData): GuestFrame {
  const n = data.normalizedMessage;
  const body: GuestStructuredBody = {
    id: data.id,
    channel: { time: data.timestamp, messageId: data.id },
    type: n.type === 'Structured' ? 'Structured' : 'Text',
    text: n.text ?? data.textBody,
    ...(n.content === undefined ? {} : { content: n.content }),
    direction: data.direction === 'outbound' ? 'Outbound' : 'Inbound',
    originatingEntity: n.originatingEntity === 'Bot' ? 'Bot' : 'Human',
  };
  return event('StructuredMessage', body);
}

/** A guest frame, parsed: an object with a string `action`, or a sentence saying what is wrong. */
export function parseGuestFrame(text: string): Record<string, unknown> | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'The frame is not JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'The frame must be a JSON object';
  }
  const frame = value as Record<string, unknown>;
  if (typeof frame.action !== 'string') return 'The frame has no action';
  return frame;
}
