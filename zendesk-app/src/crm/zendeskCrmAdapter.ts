// The CrmAdapter on the ZAF client: screen pop through the Support API and routeTo, call
// logging as an internal note, attention as Zendesk notifications. Runs in the background
// instance; the ticket in view is the one its sidebar reported (ticketInView.ts).
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
import { describeRequestFailure, type ZafClient, type ZafRequestFailure } from '../zaf/zafClient';
import { interactionNote } from './interactionNote';
import type { TicketInView } from './ticketInView';
import { zendeskText, type ZendeskTextKey } from './zendeskText';

export interface ZendeskCrmOptions {
  client: ZafClient;
  language: () => Language;
  /** The ticket whose sidebar is in view, as that sidebar reported it; null: none. */
  ticketInView: () => TicketInView | null;
  /**
   * Rings in a view the agent has interacted with (the background frame cannot start
   * audio); resolves whether it was audible. Without it, or unheard, the notification of
   * the alerting chat stays on screen until the agent closes it.
   */
  ringInView?: () => Promise<boolean>;
  /**
   * Opens the record in the tab the agent looks at (ZAF's routeTo acts on the caller's own
   * tab); false when no view did, and the adapter routes its own tab instead.
   */
  routeInView?: (target: { type: 'user' | 'ticket'; id: string }) => Promise<boolean>;
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
  const notify = (message: string, kind: 'notice' | 'alert' | 'error', sticky = false) =>
    (sticky
      ? client.invoke('notify', message, kind, { sticky: true })
      : client.invoke('notify', message, kind)
    ).catch(() => undefined);
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

  async function routeTo(target: { type: 'user' | 'ticket'; id: string }): Promise<void> {
    const routed = await (options.routeInView?.(target) ?? Promise.resolve(false)).catch(
      () => false,
    );
    if (!routed) await client.invoke('routeTo', target.type, target.id);
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
        await routeTo({ type: 'user', id: String(only.id) });
        return { kind: 'opened', record: userRecord(only) };
      }
      await routeTo({ type: 'ticket', id: String(newest.id) });
      // The newest is open for the agent to read; which one the chat is about is theirs to say.
      if (tickets.length > 1) return { kind: 'choose', records: tickets.map(ticketRecord) };
      return { kind: 'opened', record: ticketRecord(newest) };
    } catch (error) {
      void notify(t('pop.failed', { email, reason: describeRequestFailure(error) }), 'error');
      throw error instanceof Error ? error : new Error(describeRequestFailure(error));
    }
  }

  function ticketIdInView(): number | null {
    return options.ticketInView()?.id ?? null;
  }

  /**
   * The ticket in view when that user is its requester, else null: a chat about one
   * customer never lands on another customer's ticket. An unknown requester is not theirs.
   */
  function ticketInViewRequestedBy(userId: string): number | null {
    const inView = options.ticketInView();
    return inView?.requester !== undefined && String(inView.requester.id) === userId
      ? inView.id
      : null;
  }

  /**
   * The body of a ticket created with the note as its first (private) comment, the signed-in
   * agent as its submitter and the note's author: Zendesk otherwise may show the requester
   * (the customer) as both. Unknown (the SDK did not answer): Zendesk's defaults, rather than
   * failing the log.
   */
  async function newTicket(
    comment: { body: string; public: boolean },
    fields: Record<string, unknown>,
  ): Promise<{ ticket: Record<string, unknown> }> {
    const answer = await client.get('currentUser.id').catch((): Record<string, unknown> => ({}));
    const agent = answer['currentUser.id'];
    return {
      ticket:
        typeof agent === 'number'
          ? { ...fields, submitter_id: agent, comment: { ...comment, author_id: agent } }
          : { ...fields, comment },
    };
  }

  async function alreadyWritten(ticketId: number, marker: string): Promise<boolean> {
    const body = await getJson(`/api/v2/tickets/${ticketId}/comments.json?sort_order=desc`);
    const comments = isRecord(body) && Array.isArray(body.comments) ? body.comments : [];
    return comments.some(
      (comment: unknown) =>
        isRecord(comment) && typeof comment.body === 'string' && comment.body.includes(marker),
    );
  }

  /** A ticket id from a create answer, or a clear failure. */
  function createdTicketId(created: unknown): number {
    const ticket = isRecord(created) ? created.ticket : undefined;
    if (!isRecord(ticket) || typeof ticket.id !== 'number') {
      throw new Error('Zendesk created no ticket');
    }
    return ticket.id;
  }

  async function isClosed(ticketId: number): Promise<boolean> {
    const body = await getJson(`/api/v2/tickets/${ticketId}.json`);
    const ticket = isRecord(body) ? body.ticket : undefined;
    return isRecord(ticket) && ticket.status === 'closed';
  }

  // Follow-up tickets made for a conversation's log, so a retry (or a later edit) writes on
  // the follow-up instead of asking the closed ticket again and making a second one.
  const followUps = new Map<string, number>();

  /**
   * A closed ticket refuses updates (422) and cannot be reopened: the note goes on a new
   * ticket that Zendesk links to it (via_followup_source_id), made once per conversation.
   */
  async function writeOnFollowUp(
    closedId: number,
    log: InteractionLog,
    comment: { body: string; public: boolean },
  ): Promise<{ recordId: string }> {
    const created = await sendJson(
      '/api/v2/tickets.json',
      'POST',
      await newTicket(comment, {
        via_followup_source_id: closedId,
        subject: t('ticket.subject', { customer: log.customer.name }),
      }),
    );
    const id = createdTicketId(created);
    followUps.set(log.conversationId, id);
    void notify(t('log.followUp', { closed: closedId, ticket: id }), 'notice');
    return { recordId: String(id) };
  }

  async function writeLog(log: InteractionLog): Promise<{ recordId: string }> {
    const note = interactionNote(log, options.language());
    const comment = { body: note.body, public: false };
    const related = log.relatedRecord;
    // A follow-up made earlier, else an earlier log's ticket, else the ticket chosen or
    // popped, else (a user chosen or popped) the ticket in view only when that user is its
    // requester, else (nothing chosen) the ticket in view.
    const target =
      followUps.get(log.conversationId) ??
      ticketNumber(log.existingRecordId) ??
      (related?.kind === 'ticket' ? ticketNumber(related.id) : null) ??
      (related?.kind === 'user' ? ticketInViewRequestedBy(related.id) : ticketIdInView());
    if (target !== null) {
      if (!(await alreadyWritten(target, note.marker))) {
        try {
          await sendJson(`/api/v2/tickets/${target}.json`, 'PUT', { ticket: { comment } });
        } catch (error) {
          const status = (error as ZafRequestFailure | null)?.status;
          if (status === 422 && (await isClosed(target))) {
            return writeOnFollowUp(target, log, comment);
          }
          throw error;
        }
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
    const created = await sendJson(
      '/api/v2/tickets.json',
      'POST',
      await newTicket(comment, {
        subject: t('ticket.subject', { customer: log.customer.name }),
        ...requester,
      }),
    );
    return { recordId: String(createdTicketId(created)) };
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
      const message =
        attention.alerting === 1
          ? t('attention.alerting')
          : t('attention.alertingMany', { count: attention.alerting });
      void (options.ringInView?.() ?? Promise.resolve(false))
        .catch(() => false)
        .then((audible) => (audible ? notify(message, 'notice') : notify(message, 'alert', true)));
    },
    async currentContext(): Promise<CrmContext> {
      const answer = await client
        .get('currentUser.locale')
        .catch((): Record<string, unknown> => ({}));
      const locale =
        typeof answer['currentUser.locale'] === 'string' ? answer['currentUser.locale'] : undefined;
      const inView = options.ticketInView();
      if (inView === null) return { locale };
      const record = ticketRecord({ id: inView.id, subject: inView.subject });
      return {
        locale,
        record:
          inView.requester === undefined
            ? record
            : {
                ...record,
                label: t('record.ticketOf', {
                  ticket: record.label,
                  requester: inView.requester.name,
                }),
              },
      };
    },
  };
}
