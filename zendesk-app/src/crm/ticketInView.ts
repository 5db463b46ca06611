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

/**
 * A sidebar's reports of being in view or not, in the order they happen. A "shown" report
 * waits for its ticket to be read; a later report (hidden, closed, or shown again) made
 * meanwhile supersedes it, so a quick switch away never leaves this sidebar counted as the
 * one in view (and a note on a ticket the agent already left).
 */
export function createTicketReporter(
  client: ZafClient,
  send: (inView: boolean, ticket: TicketInView | null) => Promise<unknown>,
): (inView: boolean) => Promise<void> {
  let latest = 0;
  return async (inView) => {
    latest += 1;
    const mine = latest;
    const ticket = inView ? await readTicketInView(client) : null;
    if (mine !== latest) return;
    await send(inView, ticket).catch(() => undefined);
  };
}
