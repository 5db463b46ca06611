// The ticket a sidebar shows, as that sidebar reads it with its own ZAF client. ZAF's
// client.instance(guid) reaches only the instances of one Zendesk tab, so the leading
// background (maybe in another tab) cannot read it itself: each sidebar reports it.
import { isRecord } from '@acd/shared';
import type { ZafClient } from '../zaf/zafClient';

export interface TicketInView {
  id: number;
  subject: string;
  requester?: { id: number; name: string };
}

/** What a sidebar reported, checked: it crossed a BroadcastChannel. Anything else: null. */
export function asTicketInView(value: unknown): TicketInView | null {
  if (!isRecord(value) || typeof value.id !== 'number') return null;
  const { requester } = value;
  return {
    id: value.id,
    subject: typeof value.subject === 'string' ? value.subject : '',
    ...(isRecord(requester) &&
    typeof requester.id === 'number' &&
    typeof requester.name === 'string'
      ? { requester: { id: requester.id, name: requester.name } }
      : {}),
  };
}

/** The sidebar's own ticket; null on a page without one (or when ZAF does not answer). */
export async function readTicketInView(client: ZafClient): Promise<TicketInView | null> {
  try {
    const answer = await client.get(['ticket.id', 'ticket.subject', 'ticket.requester']);
    return asTicketInView({
      id: answer['ticket.id'],
      subject: answer['ticket.subject'],
      requester: answer['ticket.requester'],
    });
  } catch {
    return null;
  }
}
