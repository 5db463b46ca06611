// The Zendesk adapter against a fake ZAF client: what the agent sees in Zendesk (routes,
// notifications) and what is written (internal notes), in English and Japanese.
import type { Language, InteractionLog } from '@acd/shared';
import { loggedChat } from '../../../shared/testing/interactionLogs';
import { createFakeZafClient, type FakeZaf } from '../../testing/fakeZafClient';
import type { ZafRequestOptions } from '../zaf/zafClient';
import type { TicketInView } from './ticketInView';
import { createZendeskCrmAdapter } from './zendeskCrmAdapter';

const jo = { conversationId: 'conv-1', name: 'Jo Customer', email: 'jo+vip@example.com' };

/** The signed-in agent's Zendesk user id (ZAF `currentUser.id`). */
const AGENT_ID = 9001;

function setup(language: Language = 'en', ticketInView: TicketInView | null = null) {
  const zaf = createFakeZafClient({
    data: { 'currentUser.locale': language === 'ja' ? 'ja' : 'en-US', 'currentUser.id': AGENT_ID },
  });
  const adapter = createZendeskCrmAdapter({
    client: zaf.client,
    language: () => language,
    ticketInView: () => ticketInView,
  });
  return { zaf, adapter };
}

/** The ticket a sidebar in view reported. */
function sidebarFor(
  ticketId: number,
  subject = 'Refund for order 77',
  requester: { id: number; name: string; email?: string } = {
    id: 501,
    name: 'Jo Customer',
    email: 'jo+vip@example.com',
  },
): TicketInView {
  return { id: ticketId, subject, requester: { id: requester.id, name: requester.name } };
}

const USERS_SEARCH = /^\/api\/v2\/users\/search\.json\?query=/;
const user501 = { id: 501, name: 'Jo Customer', email: 'jo+vip@example.com' };
const ticket = (id: number, status: string, created: string, subject = `Ticket ${id}`) => ({
  id,
  status,
  subject,
  created_at: created,
});

describe('screen pop', () => {
  it('searches Zendesk users by the customer email, encoded', async () => {
    const { zaf, adapter } = setup();
    zaf.respond('GET', USERS_SEARCH, { users: [] });
    await adapter.screenPop(jo);
    expect(zaf.requests[0]?.url).toBe(
      '/api/v2/users/search.json?query=email%3Ajo%2Bvip%40example.com',
    );
  });

  it('opens the one matching user when they have no open ticket', async () => {
    const { zaf, adapter } = setup();
    zaf.respond('GET', USERS_SEARCH, { users: [user501] });
    zaf.respond(
      'GET',
      '/api/v2/users/501/tickets/requested.json?sort_by=created_at&sort_order=desc',
      {
        tickets: [ticket(9, 'solved', '2024-05-01T10:00:00Z')],
      },
    );
    await expect(adapter.screenPop(jo)).resolves.toEqual({
      kind: 'opened',
      record: {
        id: '501',
        kind: 'user',
        label: 'Jo Customer <jo+vip@example.com>',
        url: '/agent/users/501',
      },
    });
    expect(zaf.routes()).toEqual([['user', '501']]);
  });

  it("opens the user's only open ticket", async () => {
    const { zaf, adapter } = setup();
    zaf.respond('GET', USERS_SEARCH, { users: [user501] });
    zaf.respond('GET', /\/users\/501\/tickets\/requested/, {
      tickets: [
        ticket(9, 'solved', '2024-06-01T10:00:00Z'),
        ticket(12, 'open', '2024-05-01T10:00:00Z', 'Late parcel'),
      ],
    });
    await expect(adapter.screenPop(jo)).resolves.toMatchObject({
      kind: 'opened',
      record: { id: '12', kind: 'ticket', label: '#12 Late parcel' },
    });
    expect(zaf.routes()).toEqual([['ticket', '12']]);
  });

  it('opens the newest of several open tickets and lets the agent choose the one to log on', async () => {
    const { zaf, adapter } = setup();
    zaf.respond('GET', USERS_SEARCH, { users: [user501] });
    zaf.respond('GET', /\/users\/501\/tickets\/requested/, {
      tickets: [
        ticket(12, 'open', '2024-05-01T10:00:00Z'),
        ticket(15, 'pending', '2024-06-03T10:00:00Z'),
        ticket(14, 'new', '2024-06-02T10:00:00Z'),
      ],
    });
    const result = await adapter.screenPop(jo);
    expect(zaf.routes()).toEqual([['ticket', '15']]);
    expect(result.kind === 'choose' && result.records.map((r) => r.id)).toEqual(['15', '14', '12']);
  });

  it('opens the record in the tab the agent looks at when a view there does it', async () => {
    const zaf = createFakeZafClient({ data: { 'currentUser.id': AGENT_ID } });
    const routed: unknown[] = [];
    const adapter = createZendeskCrmAdapter({
      client: zaf.client,
      language: () => 'en',
      ticketInView: () => null,
      routeInView: (target) => {
        routed.push(target);
        return Promise.resolve(true);
      },
    });
    zaf.respond('GET', USERS_SEARCH, { users: [user501] });
    zaf.respond(
      'GET',
      '/api/v2/users/501/tickets/requested.json?sort_by=created_at&sort_order=desc',
      { tickets: [ticket(77, 'open', '2024-05-02T10:00:00Z')] },
    );
    await adapter.screenPop(jo);
    expect(routed).toEqual([{ type: 'ticket', id: '77' }]);
    // Not the background's own tab as well.
    expect(zaf.invocations.filter((i) => i.name === 'routeTo')).toEqual([]);
  });

  it('opens nothing when several users match: the agent chooses', async () => {
    const { zaf, adapter } = setup();
    zaf.respond('GET', USERS_SEARCH, {
      users: [user501, { id: 502, name: 'Jo C. (old account)', email: 'jo+vip@example.com' }],
    });
    const result = await adapter.screenPop(jo);
    expect(result).toMatchObject({
      kind: 'choose',
      records: [
        { id: '501', kind: 'user' },
        { id: '502', kind: 'user' },
      ],
    });
    expect(zaf.routes()).toEqual([]);
  });

  it.each([
    ['en', 'No Zendesk user has the email jo+vip@example.com.'],
    ['ja', 'メールアドレス jo+vip@example.com の Zendesk ユーザーは見つかりませんでした。'],
  ] as const)('tells the agent (%s) when nobody matches', async (language, message) => {
    const { zaf, adapter } = setup(language);
    zaf.respond('GET', USERS_SEARCH, { users: [] });
    await expect(adapter.screenPop(jo)).resolves.toEqual({ kind: 'none' });
    expect(zaf.notifications()).toEqual([{ message, kind: 'notice' }]);
    expect(zaf.routes()).toEqual([]);
  });

  it('does not search without an email', async () => {
    const { zaf, adapter } = setup();
    await expect(adapter.screenPop({ conversationId: 'c', name: 'Anon' })).resolves.toEqual({
      kind: 'none',
    });
    expect(zaf.requests).toEqual([]);
    expect(zaf.notifications()).toEqual([
      { message: 'No email for Anon: no Zendesk user to open.', kind: 'notice' },
    ]);
  });

  it.each([
    ['en', 'Could not search Zendesk for jo+vip@example.com (HTTP 500 Server Error).'],
    ['ja', 'Zendesk で jo+vip@example.com を検索できませんでした（HTTP 500 Server Error）。'],
  ] as const)('reports a failed search (%s) and rejects', async (language, message) => {
    const { zaf, adapter } = setup(language);
    zaf.fail('GET', USERS_SEARCH, 500);
    await expect(adapter.screenPop(jo)).rejects.toThrow('HTTP 500');
    expect(zaf.notifications()).toEqual([{ message, kind: 'error' }]);
  });
});

const facts: Omit<InteractionLog, 'text'> = {
  conversationId: 'conv-1',
  customer: { name: 'Jo <b>Customer</b>', email: 'jo+vip@example.com' },
  queue: { id: 'q1', name: 'Support' },
  agentName: 'Alex Morgan',
  startTime: '2024-06-03T10:00:00.000Z',
  connectedTime: '2024-06-03T10:00:20.000Z',
  endTime: '2024-06-03T10:05:25.000Z',
  durationSeconds: 305,
  wrapupCode: { id: 'w1', name: 'Resolved' },
  notes: 'Refund promised',
  transcript: [
    {
      at: '2024-06-03T10:00:05.000Z',
      from: 'customer',
      name: 'Jo',
      text: 'Where is my <script>parcel</script>?',
    },
    { at: '2024-06-03T10:01:00.000Z', from: 'agent', name: 'Alex Morgan', text: 'Let me check.' },
    { at: '2024-06-03T10:05:20.000Z', from: 'system', name: '', text: 'Alex Morgan left the chat' },
  ],
};
const log = loggedChat(facts, 'en');

function notePut(zaf: FakeZaf) {
  return zaf.requests.filter((r) => r.type === 'PUT');
}

describe('call logging', () => {
  it('writes an internal note on the ticket in view with the whole interaction', async () => {
    const sidebar = sidebarFor(42);
    const { zaf, adapter } = setup('en', sidebar);
    zaf.respond('GET', '/api/v2/tickets/42/comments.json?sort_order=desc', { comments: [] });
    zaf.respond('PUT', '/api/v2/tickets/42.json', { ticket: { id: 42 } });
    await expect(adapter.logInteraction(log)).resolves.toEqual({ recordId: '42' });
    const [put] = notePut(zaf);
    expect(put?.contentType).toBe('application/json');
    const comment = (put?.json as { ticket: { comment: { body: string; public: boolean } } }).ticket
      .comment;
    expect(comment.public).toBe(false);
    expect(Object.keys(comment).sort()).toEqual(['body', 'public']);
    const body = comment.body;
    for (const expected of [
      'Chat with Jo <b>Customer</b>',
      'Customer: Jo <b>Customer</b>',
      'Email: jo+vip@example.com',
      'Queue: Support',
      'Agent: Alex Morgan',
      'Started: Jun 3, 2024, 10:00:00 AM UTC',
      'Connected: Jun 3, 2024, 10:00:20 AM UTC',
      'Ended: Jun 3, 2024, 10:05:25 AM UTC',
      'Duration: 5:05',
      'Wrap-up: Resolved',
      'Notes:\nRefund promised',
      '] Jo: Where is my <script>parcel</script>?',
      '] Alex Morgan: Let me check.',
      '[Jun 3, 2024, 10:05:20 AM UTC] Alex Morgan left the chat\n',
      'Reference: acd-chat:conv-1#',
    ]) {
      expect(body).toContain(expected);
    }
  });

  it('writes the note in Japanese for a Japanese agent', async () => {
    const sidebar = sidebarFor(42);
    const { zaf, adapter } = setup('ja', sidebar);
    zaf.respond('GET', /comments\.json/, { comments: [] });
    zaf.respond('PUT', '/api/v2/tickets/42.json', { ticket: { id: 42 } });
    await adapter.logInteraction(loggedChat(facts, 'ja'));
    const body = (notePut(zaf)[0]?.json as { ticket: { comment: { body: string } } }).ticket.comment
      .body;
    for (const expected of [
      'Jo <b>Customer</b> とのチャット',
      'キュー: Support',
      '通話時間: 5分05秒',
      'ラップアップ: Resolved',
      'メモ:\nRefund promised',
      '参照: acd-chat:conv-1#',
    ]) {
      expect(body).toContain(expected);
    }
  });

  it('logs on the ticket the agent chose (or the pop opened) rather than the one in view', async () => {
    const { zaf, adapter } = setup('en', sidebarFor(42));
    zaf.respond('GET', /comments\.json/, { comments: [] });
    zaf.respond('PUT', '/api/v2/tickets/15.json', { ticket: { id: 15 } });
    const result = await adapter.logInteraction({
      ...log,
      relatedRecord: { id: '15', kind: 'ticket', label: '#15' },
    });
    expect(result).toEqual({ recordId: '15' });
    expect(notePut(zaf).map((r) => r.url)).toEqual(['/api/v2/tickets/15.json']);
  });

  it('does not write the same note twice when a retry follows an attempt that landed', async () => {
    const sidebar = sidebarFor(42);
    const { zaf, adapter } = setup('en', sidebar);
    let written: string | undefined;
    zaf.respond('GET', /comments\.json/, () => ({
      comments: written === undefined ? [] : [{ body: written }],
    }));
    zaf.respond('PUT', '/api/v2/tickets/42.json', (request: ZafRequestOptions) => {
      written = (JSON.parse(request.data ?? '{}') as { ticket: { comment: { body: string } } })
        .ticket.comment.body;
      return { ticket: { id: 42 } };
    });
    await adapter.logInteraction(log);
    await expect(adapter.logInteraction(log)).resolves.toEqual({ recordId: '42' });
    expect(notePut(zaf)).toHaveLength(1);
    // A changed log (notes edited after reopening) is a new note, marked as an update.
    await adapter.logInteraction(
      loggedChat({ ...facts, notes: 'Refund sent', existingRecordId: '42' }, 'en'),
    );
    expect(notePut(zaf)).toHaveLength(2);
    expect(written).toContain('Chat with Jo <b>Customer</b> (updated log)');
  });

  it('with no ticket to log on, creates one for the chosen user with the note as a private comment', async () => {
    const { zaf, adapter } = setup();
    zaf.respond('POST', '/api/v2/tickets.json', { ticket: { id: 77 } });
    const result = await adapter.logInteraction({
      ...log,
      relatedRecord: { id: '502', kind: 'user', label: 'Jo C.' },
    });
    expect(result).toEqual({ recordId: '77' });
    const created = zaf.requests.find((r) => r.type === 'POST')?.json as {
      ticket: { requester_id: number; subject: string; comment: { public: boolean } };
    };
    expect(created.ticket).toMatchObject({
      requester_id: 502,
      subject: 'Chat with Jo <b>Customer</b>',
      comment: { public: false },
    });
  });

  it('a chosen user who is not the requester of the ticket in view gets a new ticket, and the ticket in view is untouched', async () => {
    // Ticket #900 of another customer (user 777) is in view while the chat is about user 501.
    const { zaf, adapter } = setup(
      'en',
      sidebarFor(900, 'Broken lamp', { id: 777, name: 'Sam Other' }),
    );
    zaf.respond('GET', /comments\.json/, { comments: [] });
    zaf.respond('PUT', '/api/v2/tickets/900.json', { ticket: { id: 900 } });
    zaf.respond('POST', '/api/v2/tickets.json', { ticket: { id: 1001 } });
    const result = await adapter.logInteraction({
      ...log,
      relatedRecord: { id: '501', kind: 'user', label: 'Jo Customer' },
    });
    expect(result).toEqual({ recordId: '1001' });
    expect(zaf.requests.filter((r) => r.url.includes('/tickets/900'))).toEqual([]);
    const posts = zaf.requests.filter((r) => r.type === 'POST');
    expect(posts.map((r) => r.url)).toEqual(['/api/v2/tickets.json']);
    expect((posts[0]?.json as { ticket: Record<string, unknown> }).ticket).toMatchObject({
      requester_id: 501,
      comment: { public: false },
    });
  });

  it('a chosen user who is the requester of the ticket in view gets the note on that ticket', async () => {
    const { zaf, adapter } = setup('en', sidebarFor(900, 'Late parcel', user501));
    zaf.respond('GET', /comments\.json/, { comments: [] });
    zaf.respond('PUT', '/api/v2/tickets/900.json', { ticket: { id: 900 } });
    const result = await adapter.logInteraction({
      ...log,
      relatedRecord: { id: '501', kind: 'user', label: 'Jo Customer' },
    });
    expect(result).toEqual({ recordId: '900' });
    expect(notePut(zaf).map((r) => r.url)).toEqual(['/api/v2/tickets/900.json']);
    expect(zaf.requests.filter((r) => r.type === 'POST')).toEqual([]);
  });

  it('a created ticket carries the signed-in agent as submitter and author of the note', async () => {
    // Zendesk: by default the requester is the submitter and appears as the author of the
    // first comment; the note is the agent's, so both are set to the agent.
    const { zaf, adapter } = setup();
    zaf.respond('POST', '/api/v2/tickets.json', { ticket: { id: 79 } });
    await adapter.logInteraction({
      ...log,
      relatedRecord: { id: '502', kind: 'user', label: 'Jo C.' },
    });
    const created = zaf.requests.find((r) => r.type === 'POST')?.json as {
      ticket: Record<string, unknown>;
    };
    expect(created.ticket).toMatchObject({
      requester_id: 502,
      submitter_id: AGENT_ID,
      comment: { public: false, author_id: AGENT_ID },
    });
  });

  it('when Zendesk does not say who the agent is, the ticket is still created (Zendesk defaults)', async () => {
    const { zaf, adapter } = setup();
    delete zaf.data['currentUser.id'];
    zaf.respond('POST', '/api/v2/tickets.json', { ticket: { id: 80 } });
    await expect(adapter.logInteraction(log)).resolves.toEqual({ recordId: '80' });
    const created = zaf.requests.find((r) => r.type === 'POST')?.json as {
      ticket: { submitter_id?: number; comment: Record<string, unknown> };
    };
    expect(created.ticket.submitter_id).toBeUndefined();
    expect(created.ticket.comment.author_id).toBeUndefined();
  });

  it('with no ticket and no user, the customer becomes the requester of the new ticket', async () => {
    const { zaf, adapter } = setup();
    zaf.respond('POST', '/api/v2/tickets.json', { ticket: { id: 78 } });
    await adapter.logInteraction(log);
    const created = zaf.requests.find((r) => r.type === 'POST')?.json as {
      ticket: { requester: unknown };
    };
    expect(created.ticket.requester).toEqual({
      name: 'Jo <b>Customer</b>',
      email: 'jo+vip@example.com',
    });
  });

  it.each([
    [
      'en',
      'The chat with Jo <b>Customer</b> was not logged to Zendesk (HTTP 503 Server Error). It will be retried.',
    ],
    [
      'ja',
      'Jo <b>Customer</b> とのチャットを Zendesk に記録できませんでした（HTTP 503 Server Error）。再試行します。',
    ],
  ] as const)(
    'a failed write notifies the agent (%s) and rejects so the core retries',
    async (language, message) => {
      const { zaf, adapter } = setup(language, sidebarFor(42));
      zaf.respond('GET', /comments\.json/, { comments: [] });
      zaf.respond('PUT', '/api/v2/tickets/42.json', { ticket: { id: 42 } });
      // Newer routes answer first: the first attempt fails, the retry lands.
      zaf.fail('PUT', '/api/v2/tickets/42.json', 503, 1);
      await expect(adapter.logInteraction(log)).rejects.toThrow('HTTP 503');
      expect(zaf.notifications()).toEqual([{ message, kind: 'error' }]);
      await expect(adapter.logInteraction(log)).resolves.toEqual({ recordId: '42' });
    },
  );

  it('a failure to read the ticket comments is a failure too (the note may not be lost)', async () => {
    const { zaf, adapter } = setup('en', sidebarFor(42));
    zaf.fail('GET', /comments\.json/, 429);
    await expect(adapter.logInteraction(log)).rejects.toThrow('HTTP 429');
    expect(notePut(zaf)).toEqual([]);
  });
});

describe('attention', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  function ringing(audible: boolean) {
    const zaf = createFakeZafClient();
    const ringInView = jest.fn(() => Promise.resolve(audible));
    const adapter = createZendeskCrmAdapter({
      client: zaf.client,
      language: () => 'en',
      ticketInView: () => null,
      ringInView,
    });
    return { zaf, adapter, ringInView };
  }

  it('rings in a view and notifies once when a chat starts alerting and ringing is on', async () => {
    const { zaf, adapter, ringInView } = ringing(true);
    adapter.setAttention({ alerting: 1, unread: 0, ring: true });
    adapter.setAttention({ alerting: 1, unread: 2, ring: true });
    await settle();
    expect(ringInView).toHaveBeenCalledTimes(1);
    expect(zaf.notifications()).toEqual([
      { message: 'A chat is waiting to be picked up.', kind: 'notice' },
    ]);
    adapter.setAttention({ alerting: 2, unread: 2, ring: true });
    await settle();
    expect(zaf.notifications()[1]).toEqual({
      message: '2 chats are waiting to be picked up.',
      kind: 'notice',
    });
  });

  it('with no audible ring, the notification stays until the agent closes it (sticky)', async () => {
    const { zaf, adapter } = ringing(false);
    adapter.setAttention({ alerting: 1, unread: 0, ring: true });
    await settle();
    expect(zaf.invocations.filter((i) => i.name === 'notify')).toEqual([
      { name: 'notify', args: ['A chat is waiting to be picked up.', 'alert', { sticky: true }] },
    ]);
  });

  it('rings once per newly alerting chat, only with ringing on', async () => {
    const { adapter, ringInView } = ringing(true);
    adapter.setAttention({ alerting: 1, unread: 0, ring: true });
    adapter.setAttention({ alerting: 1, unread: 1, ring: true });
    expect(ringInView).toHaveBeenCalledTimes(1);
    adapter.setAttention({ alerting: 0, unread: 0, ring: false });
    adapter.setAttention({ alerting: 1, unread: 0, ring: false });
    expect(ringInView).toHaveBeenCalledTimes(1);
    adapter.setAttention({ alerting: 2, unread: 0, ring: true });
    expect(ringInView).toHaveBeenCalledTimes(2);
    await settle();
  });

  it('stays quiet when ringing is off in this client (and with no view, stays on screen)', async () => {
    const { zaf, adapter } = setup('ja');
    adapter.setAttention({ alerting: 1, unread: 0, ring: false });
    await settle();
    expect(zaf.notifications()).toEqual([]);
    adapter.setAttention({ alerting: 0, unread: 0, ring: true });
    adapter.setAttention({ alerting: 1, unread: 0, ring: true });
    await settle();
    expect(zaf.notifications()).toEqual([
      { message: '応答待ちのチャットがあります。', kind: 'alert' },
    ]);
  });
});

describe('current context', () => {
  it('reads the ticket in view and its requester, and the agent locale', async () => {
    const { adapter } = setup('ja', sidebarFor(42, '返金について'));
    await expect(adapter.currentContext()).resolves.toEqual({
      locale: 'ja',
      record: {
        id: '42',
        kind: 'ticket',
        label: '#42 返金について（Jo Customer）',
        url: '/agent/tickets/42',
      },
    });
  });

  it('has no record when no ticket is in view', async () => {
    const { adapter } = setup();
    await expect(adapter.currentContext()).resolves.toEqual({ locale: 'en-US' });
  });
});

describe('call logging on a closed ticket', () => {
  // Zendesk: a closed ticket cannot be updated or reopened (422); a new ticket created with
  // via_followup_source_id is linked to it as its follow-up.
  function closedTicket42() {
    const { zaf, adapter } = setup('en', sidebarFor(42));
    zaf.respond('GET', /comments\.json/, { comments: [] });
    zaf.fail('PUT', '/api/v2/tickets/42.json', 422);
    zaf.respond('GET', '/api/v2/tickets/42.json', { ticket: { id: 42, status: 'closed' } });
    zaf.respond('POST', '/api/v2/tickets.json', { ticket: { id: 90 } });
    return { zaf, adapter };
  }
  const posts = (zaf: FakeZaf) => zaf.requests.filter((r) => r.type === 'POST');

  it('writes the note on one follow-up ticket and says so', async () => {
    const { zaf, adapter } = closedTicket42();

    await expect(adapter.logInteraction(log)).resolves.toEqual({ recordId: '90' });

    const [created] = posts(zaf);
    expect(created?.url).toBe('/api/v2/tickets.json');
    const ticket = (created?.json as { ticket: Record<string, unknown> }).ticket;
    expect(ticket.via_followup_source_id).toBe(42);
    expect(ticket.submitter_id).toBe(AGENT_ID);
    expect(ticket.comment).toMatchObject({ public: false, author_id: AGENT_ID });
    expect((ticket.comment as { body: string }).body).toContain('Reference: acd-chat:conv-1#');
    expect(zaf.notifications()).toEqual([
      {
        message: 'Ticket #42 is closed: the chat was logged on its follow-up ticket #90.',
        kind: 'notice',
      },
    ]);
  });

  it('a retry or a later edit of the same chat never makes a second follow-up', async () => {
    const { zaf, adapter } = closedTicket42();
    zaf.respond('PUT', '/api/v2/tickets/90.json', { ticket: { id: 90 } });

    await adapter.logInteraction(log);
    // The core retries without the id (it had not recorded it) and then edits the notes.
    await expect(adapter.logInteraction(log)).resolves.toEqual({ recordId: '90' });
    await adapter.logInteraction({ ...log, notes: 'Refund sent', existingRecordId: '42' });

    expect(posts(zaf)).toHaveLength(1);
    expect(zaf.requests.filter((r) => r.type === 'PUT').map((r) => r.url)).toEqual([
      '/api/v2/tickets/42.json',
      '/api/v2/tickets/90.json',
      '/api/v2/tickets/90.json',
    ]);
  });

  it('another 422 (a ticket still open) stays a failure the core retries', async () => {
    const { zaf, adapter } = setup('en', sidebarFor(42));
    zaf.respond('GET', /comments\.json/, { comments: [] });
    zaf.fail('PUT', '/api/v2/tickets/42.json', 422);
    zaf.respond('GET', '/api/v2/tickets/42.json', { ticket: { id: 42, status: 'open' } });

    await expect(adapter.logInteraction(log)).rejects.toThrow('HTTP 422');
    expect(posts(zaf)).toEqual([]);
  });
});
