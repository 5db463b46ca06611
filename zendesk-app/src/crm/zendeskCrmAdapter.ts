// The CrmAdapter on the ZAF client: screen pop through the Support API and routeTo, call
// logging as an internal note, attention as Zendesk notifications. Runs in the background
// instance; the ticket in view is read through the client of that ticket's sidebar.
import {
  type Language,
  type Attention,
  type CrmAdapter,
  type CrmContext,
  type CrmRecord,
  type CustomerIdentity,
  type InteractionLog,
  type ScreenPopResult,
  isRecord,
} from '@acd/shared';
import { describeRequestFailure, type ZafClient } from '../zaf/zafClient';
import { interactionNote } from './interactionNote';
import { zendeskText, type ZendeskTextKey } from './zendeskText';

export interface ZendeskCrmOptions {
  client: ZafClient;
  language: () => Language;
  /** The client of the ticket sidebar in view, or null when no ticket is in view. */
  ticketInView: () => ZafClient | null;
  /** The ring's sound, beside the Zendesk notification (the views stay silent). */
  playTone?: () => void;
}

interface ZendeskUser {
  id: number;
  name: string;
  email?: string;
}

interface ZendeskTicket {
  id: number;
  subject?: string;
  status: string;
  created_at: string;
}

function ticketNumber(id: string | undefined): number | null {
  if (id === undefined || !/^\d+$/.test(id)) return null;
  return Number(id);
}

const OPEN_STATUSES = new Set(['new', 'open', 'pending', 'hold']);

function listOf<T>(body: unknown, key: string, isItem: (value: unknown) => value is T): T[] {
  const list = isRecord(body) ? body[key] : undefined;
  return Array.isArray(list) ? list.filter(isItem) : [];
}

const isUser = (value: unknown): value is ZendeskUser =>
  isRecord(value) && typeof value.id === 'number' && typeof value.name === 'string';
const isTicket = (value: unknown): value is ZendeskTicket =>
  isRecord(value) &&
  typeof value.id === 'number' &&
  typeof value.status === 'string' &&
  typeof value.created_at === 'string';

export function createZendeskCrmAdapter(options: ZendeskCrmOptions): CrmAdapter {
  const { client } = options;
  const t = (key: ZendeskTextKey, params?: Record<string, string | number>) =>
    zendeskText(options.language(), key, params);
  const notify = (message: string, kind: 'notice' | 'alert' | 'error') =>
    client.invoke('notify', message, kind).catch(() => undefined);
  const getJson = (url: string) => client.request({ url, type: 'GET', dataType: 'json' });
  const sendJson = (url: string, type: 'PUT' | 'POST', body: unknown) =>
    client.request({
      url,
      type,
      contentType: 'application/json',
      data: JSON.stringify(body),
      dataType: 'json',
    });

  const userRecord = (user: ZendeskUser): CrmRecord => ({
    id: String(user.id),
    kind: 'user',
    label:
      user.email === undefined
        ? user.name
        : t('record.user', { name: user.name, email: user.email }),
    url: `/agent/users/${user.id}`,
  });
  const ticketRecord = (ticket: { id: number; subject?: string }): CrmRecord => ({
    id: String(ticket.id),
    kind: 'ticket',
    label: t('record.ticket', { id: ticket.id, subject: ticket.subject ?? '' }).trim(),
    url: `/agent/tickets/${ticket.id}`,
  });

  async function openTickets(user: ZendeskUser): Promise<ZendeskTicket[]> {
    const body = await getJson(
      `/api/v2/users/${user.id}/tickets/requested.json?sort_by=created_at&sort_order=desc`,
    );
    return listOf(body, 'tickets', isTicket)
      .filter((ticket) => OPEN_STATUSES.has(ticket.status))
      .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
  }

  async function screenPop(customer: CustomerIdentity): Promise<ScreenPopResult> {
    const email = customer.email?.trim();
    if (email === undefined || email === '') {
      void notify(t('pop.noEmail', { customer: customer.name }), 'notice');
      return { kind: 'none' };
    }
    try {
      const found = await getJson(
        `/api/v2/users/search.json?query=${encodeURIComponent(`email:${email}`)}`,
      );
      const users = listOf(found, 'users', isUser);
      const [only] = users;
      if (only === undefined) {
        void notify(t('pop.none', { email }), 'notice');
        return { kind: 'none' };
      }
      if (users.length > 1) return { kind: 'choose', records: users.map(userRecord) };
      const tickets = await openTickets(only);
      const [newest] = tickets;
      if (newest === undefined) {
        await client.invoke('routeTo', 'user', String(only.id));
        return { kind: 'opened', record: userRecord(only) };
      }
      await client.invoke('routeTo', 'ticket', String(newest.id));
      // The newest is open for the agent to read; which one the chat is about is theirs to say.
      if (tickets.length > 1) return { kind: 'choose', records: tickets.map(ticketRecord) };
      return { kind: 'opened', record: ticketRecord(newest) };
    } catch (error) {
      void notify(t('pop.failed', { email, reason: describeRequestFailure(error) }), 'error');
      throw error instanceof Error ? error : new Error(describeRequestFailure(error));
    }
  }

  async function ticketIdInView(): Promise<number | null> {
    const sidebar = options.ticketInView();
    if (sidebar === null) return null;
    try {
      const answer = await sidebar.get('ticket.id');
      const id = answer['ticket.id'];
      return typeof id === 'number' ? id : null;
    } catch {
      // The tab closed meanwhile: as if no ticket were in view.
      return null;
    }
  }

  async function alreadyWritten(ticketId: number, marker: string): Promise<boolean> {
    const body = await getJson(`/api/v2/tickets/${ticketId}/comments.json?sort_order=desc`);
    const comments = isRecord(body) && Array.isArray(body.comments) ? body.comments : [];
    return comments.some(
      (comment: unknown) =>
        isRecord(comment) && typeof comment.body === 'string' && comment.body.includes(marker),
    );
  }

  async function writeLog(log: InteractionLog): Promise<{ recordId: string }> {
    const note = interactionNote(log, options.language());
    const comment = { body: note.body, public: false };
    const related = log.relatedRecord;
    // An earlier log's ticket, else the ticket chosen or popped, else the ticket in view.
    const target =
      ticketNumber(log.existingRecordId) ??
      (related?.kind === 'ticket' ? ticketNumber(related.id) : null) ??
      (await ticketIdInView());
    if (target !== null) {
      if (!(await alreadyWritten(target, note.marker))) {
        await sendJson(`/api/v2/tickets/${target}.json`, 'PUT', { ticket: { comment } });
      }
      return { recordId: String(target) };
    }
    // No ticket to attach to: a new one for the customer, the note as its first comment.
    const requester =
      related?.kind === 'user'
        ? { requester_id: Number(related.id) }
        : log.customer.email === undefined
          ? {}
          : { requester: { name: log.customer.name, email: log.customer.email } };
    const created = await sendJson('/api/v2/tickets.json', 'POST', {
      ticket: {
        subject: t('ticket.subject', { customer: log.customer.name }),
        comment,
        ...requester,
      },
    });
    const ticket = isRecord(created) ? created.ticket : undefined;
    if (!isRecord(ticket) || typeof ticket.id !== 'number') {
      throw new Error('Zendesk created no ticket');
    }
    return { recordId: String(ticket.id) };
  }

  let lastAlerting = 0;

  return {
    screenPop,
    async logInteraction(log) {
      try {
        return await writeLog(log);
      } catch (error) {
        const reason = describeRequestFailure(error);
        void notify(t('log.failed', { customer: log.customer.name, reason }), 'error');
        // Rejecting keeps the log in the core's outbox, which retries it.
        throw error instanceof Error ? error : new Error(reason);
      }
    },
    setAttention(attention: Attention) {
      const rising = attention.alerting > lastAlerting;
      lastAlerting = attention.alerting;
      if (!attention.ring || !rising) return;
      options.playTone?.();
      void notify(
        attention.alerting === 1
          ? t('attention.alerting')
          : t('attention.alertingMany', { count: attention.alerting }),
        'notice',
      );
    },
    async currentContext(): Promise<CrmContext> {
      const answer = await client
        .get('currentUser.locale')
        .catch((): Record<string, unknown> => ({}));
      const locale =
        typeof answer['currentUser.locale'] === 'string' ? answer['currentUser.locale'] : undefined;
      const sidebar = options.ticketInView();
      if (sidebar === null) return { locale };
      try {
        const ticket = await sidebar.get(['ticket.id', 'ticket.subject', 'ticket.requester']);
        const id = ticket['ticket.id'];
        if (typeof id !== 'number') return { locale };
        const subject =
          typeof ticket['ticket.subject'] === 'string' ? ticket['ticket.subject'] : '';
        const requester = ticket['ticket.requester'];
        const record = ticketRecord({ id, subject });
        return {
          locale,
          record: isUser(requester)
            ? {
                ...record,
                label: t('record.ticketOf', { ticket: record.label, requester: requester.name }),
              }
            : record,
        };
      } catch {
        return { locale };
      }
    },
  };
}
