// Issue 12 for Zendesk: one leader per browser. Two Zendesk tabs (two pages of one browser
// context, each with its background and a ticket sidebar, the app from one origin) share one
// core: one platform connection, one ring, one notification, and with call logging on one
// note per chat; the agent signs in from the second tab's sidebar (popup + callback page)
// and both tabs show the session. When the leader's tab closes, the other tab's background
// takes the lead: a new connection, the connected chat still there, its chat window still
// open in the surviving tab with the typed draft (no click), and the reply the old leader
// could not send yet (its outbox) sent once, by the new leader.
import type { BrowserContext, Page } from 'playwright-core';
import { OAUTH_CLIENT_IDS } from '@acd/mocks/engine/oauth/oauthClients';
import { describeInBrowser } from './harness/describeInBrowser';
import { SEED_IDS, startE2eSession, type E2eSession } from './harness/e2eSession';
import { agentView, gone, shows } from './harness/locators';
import { namesFor } from './harness/names';
import { signInWithPopup } from './harness/popupSignIn';
import type { Invocation } from './zendesk/zafHostTypes';
import {
  appFrame,
  countRings,
  frameOf,
  missingBuild,
  ringsIn,
  startZendeskWorkspace,
  zafHost,
  type ZendeskWorkspace,
} from './zendesk/zendeskWorkspace';
import { eventually } from './harness/eventually';
import {
  armFault as armSimFault,
  NO_FAULT,
  refuseNextSend,
  type SimFault,
} from './harness/simFaults';

const names = namesFor('en');
const TESS = { id: 7003, name: 'Tess Tabs', email: 'tess.tabs@example.com' };
const TESS_TICKET = 103;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Tab {
  page: Page;
  background: string;
  sidebar: string;
}

describeInBrowser('Zendesk: one leader per browser across tabs', () => {
  let e2e: E2eSession;
  let workspace: ZendeskWorkspace;
  let context: BrowserContext;
  /** The frame (instance guid) of each POST /api/v2/notifications/channels. */
  const channelCreations: string[] = [];
  const appErrors: string[] = [];
  /** Which frame posted each chat message, and what. */
  const messagePosts: { frame: string; body: string }[] = [];

  beforeAll(async () => {
    const problem = missingBuild();
    if (problem !== null) throw new Error(problem);
    e2e = await startE2eSession();
    workspace = await startZendeskWorkspace({
      settings: {
        platformBaseUrl: e2e.demo.simulator.url,
        oauthClientId: OAUTH_CLIENT_IDS.zendesk,
        signIn: 'oauth',
        callbackUrl: new URL('/callback/', e2e.demo.url).toString(),
        callLogging: true,
        autoAnswer: false,
        ringingDefault: true,
      },
      currentUser: {
        id: 1,
        name: 'Alex Morgan',
        email: 'alex.morgan@example.com',
        locale: 'en-US',
      },
      users: [TESS],
      tickets: [
        ...[101, 102].map((id) => ({
          id,
          subject: `Ticket ${id}`,
          status: 'open' as const,
          requester_id: 7002,
          created_at: '2024-05-01T10:00:00Z',
          requester: { id: 7002, name: 'Sam Other', email: 'sam.other@example.com' },
        })),
        // The first chat's customer has one open ticket: the screen pop opens it, the note
        // goes to it.
        {
          id: TESS_TICKET,
          subject: 'Tabs everywhere',
          status: 'open' as const,
          requester_id: TESS.id,
          created_at: '2024-05-03T10:00:00Z',
          requester: TESS,
        },
      ],
    });
    context = await e2e.browser.newContext({
      locale: 'en-US',
      viewport: { width: 900, height: 900 },
    });
    await countRings(context);
    context.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/v2/notifications/channels')) {
        channelCreations.push(request.frame().name());
      }
      if (request.method() === 'POST' && /\/communications\/[^/]+\/messages$/.test(request.url())) {
        messagePosts.push({ frame: request.frame().name(), body: request.postData() ?? '' });
      }
    });
  });
  afterAll(async () => {
    await context.close().catch(() => undefined);
    await workspace.close();
    await e2e.close();
  });

  async function openTab(ticketId: number): Promise<Tab> {
    const page = await context.newPage();
    page.on('pageerror', (error) => appErrors.push(error.message));
    await page.goto(workspace.zendeskUrl);
    const host = zafHost(page);
    const background = await host.open('background');
    const sidebar = await host.open('ticket_sidebar', ticketId);
    await host.activate(sidebar);
    return { page, background, sidebar };
  }

  const armFault = (fault: SimFault) => armSimFault(e2e.demo.simulator.url, fault);

  const sockets = () => e2e.demo.simulator.engine.hub.openSocketCount();
  const notifies = async (tabs: Tab[]) => {
    const all: Invocation[] = [];
    for (const tab of tabs) {
      if (!tab.page.isClosed()) all.push(...(await zafHost(tab.page).invocations()));
    }
    return all.filter((i) => i.name === 'notify');
  };

  it('two tabs: one connection, one ring; the other tab leads when the leader closes', async () => {
    const first = await openTab(101);
    // The first background holds the lock before the second tab opens.
    await shows(
      agentView(appFrame(first.page, first.sidebar), names).list.or(
        appFrame(first.page, first.sidebar).getByRole('button', {
          name: 'Sign in with the platform',
        }),
      ),
      'the first tab’s view',
    );
    const second = await openTab(102);
    const one = agentView(appFrame(first.page, first.sidebar), names);
    const two = agentView(appFrame(second.page, second.sidebar), names);

    // Signed in from the second tab's sidebar: the session goes to the leader (first tab).
    await signInWithPopup(second.page, appFrame(second.page, second.sidebar), 'en');
    await shows(two.list, 'the list in the second tab');
    await shows(one.list, 'the list in the first tab');
    await eventually(
      () => Promise.resolve(sockets()),
      (n) => n === 1,
      'one socket',
    );
    await sleep(1_000);
    expect(sockets()).toBe(1);
    expect(channelCreations).toEqual([first.background]);

    await e2e.setPresence(SEED_IDS.agentAlex, 'On Queue');
    const customer = 'Tess Tabs';
    await e2e.startChat(customer, SEED_IDS.queueSupport, 'Hello from one chat');
    await shows(one.row(customer, names.text('state.alerting')), 'alerting in the first tab');
    await shows(two.row(customer, names.text('state.alerting')), 'alerting in the second tab');
    await eventually(
      () => notifies([first, second]),
      (list) => list.length > 0,
      'the notification',
    );
    await sleep(2_000); // a second ring, from another tab's core, would show by now
    expect((await notifies([first, second])).map((n) => n.from)).toEqual([first.background]);
    const rings = [
      await ringsIn(first.page, first.sidebar),
      await ringsIn(second.page, second.sidebar),
      await ringsIn(first.page, first.background),
      await ringsIn(second.page, second.background),
    ];
    // One tone in the whole browser, in a sidebar (the view that offered first), never in a
    // hidden background.
    expect(rings.map((r) => r.audioContexts).reduce((a, b) => a + b)).toBe(1);
    expect(rings.slice(2).map((r) => r.audioContexts)).toEqual([0, 0]);

    /** Picks up the alerting chat in the second tab, ends it and wraps it up as Resolved. */
    const answerAndWrapUp = async (name: string) => {
      await two.button(two.row(name, names.text('state.alerting')), names.pickUp).click();
      await shows(two.row(name, names.text('state.connected')), 'connected in the second tab');
      await two.button(two.row(name), names.disconnect).click();
      await shows(two.wrapup, 'the wrap-up panel');
      await two.wrapupCode.click();
      await two.wrapupCode.fill('Res');
      await appFrame(second.page, second.sidebar)
        .getByRole('option', { name: 'Resolved', exact: true })
        .click();
      await two.done.click();
      await gone(two.row(name), 'the released chat in the second tab');
      await gone(one.row(name), 'the released chat in the first tab');
    };
    // Call logging on, both tabs open: Done writes one internal note, from the leader only.
    await answerAndWrapUp(customer);
    // The screen pop opened Tess's ticket in the tab the agent works in (ZAF's routeTo acts on
    // the caller's own tab), not in the leader's.
    const routes = async () =>
      (await Promise.all([first, second].map((tab) => zafHost(tab.page).invocations())))
        .flat()
        .filter((i) => i.name === 'routeTo')
        .map((i) => ({ from: i.from, args: i.args }));
    await eventually(routes, (list) => list.length > 0, 'the screen pop');
    expect(await routes()).toEqual([
      { from: second.sidebar, args: ['ticket', String(TESS_TICKET)] },
    ]);
    const allNotes = () =>
      [...workspace.support.comments.entries()].flatMap(([ticket, list]) =>
        list.map((note) => ({ ticket, isPublic: note.public })),
      );
    await eventually(
      () => Promise.resolve(allNotes()),
      (list) => list.length > 0,
      'the note',
    );
    await sleep(2_000); // a second note, from another tab's core, would be written by now
    expect(allNotes()).toEqual([{ ticket: TESS_TICKET, isPublic: false }]);

    // A customer Zendesk does not know, answered in the second tab while its sidebar shows
    // ticket 102: the note goes on 102, though the leader runs in the first tab, where ZAF
    // cannot reach that sidebar (it reported its ticket itself).
    const stranger = 'Vic Viewer';
    await e2e.startChat(stranger, SEED_IDS.queueSupport, 'About my other ticket');
    await shows(two.row(stranger, names.text('state.alerting')), 'the stranger alerting');
    await answerAndWrapUp(stranger);
    await eventually(
      () => Promise.resolve(allNotes()),
      (list) => list.length === 2,
      'the second note',
    );
    expect(allNotes()).toEqual([
      { ticket: TESS_TICKET, isPublic: false },
      { ticket: 102, isPublic: false },
    ]);

    const next = 'Uma Outbox';
    const nextCid = await e2e.startChat(next, SEED_IDS.queueSupport, 'Another question');
    await shows(two.row(next, names.text('state.alerting')), 'the second chat alerting');
    await two.button(two.row(next, names.text('state.alerting')), names.pickUp).click();
    await shows(two.row(next, names.text('state.connected')), 'the second chat connected');
    await two.button(two.row(next), names.chat).click();
    const held = 'Sent by whichever tab leads';
    await two.reply.fill(held);
    // The platform answers the send (and only the send) 429 with Retry-After 10 s: the reply
    // waits in the leader's outbox (stored), then the fault is disarmed (count 0) and the
    // leader closes.
    expect((await armFault(refuseNextSend(10))).status).toBe(202);
    const refused = first.page.waitForResponse(
      (r) => r.request().postData()?.includes(held) === true && r.status() === 429,
    );
    await two.send.click();
    await refused;
    const storedOutbox = () =>
      frameOf(second.page, second.background).evaluate(
        () =>
          Object.keys(localStorage)
            .filter((k) => k.endsWith(':outbox'))
            .flatMap((k) => JSON.parse(localStorage.getItem(k) ?? '[]') as unknown[]).length,
      );
    await eventually(storedOutbox, (n) => n === 1, 'the reply in the stored outbox');
    await armFault(NO_FAULT);
    const reply = 'Typed while the other tab closes';
    await two.reply.fill(reply);
    await sleep(1_500); // the draft is stored (debounced) by the leader
    expect(messagePosts.filter((p) => p.body.includes(held)).map((p) => p.frame)).toEqual([
      first.background,
    ]);

    // The leader's tab closes: the second tab's background takes the lead.
    await first.page.close();
    await eventually(
      () => Promise.resolve(channelCreations.length),
      (n) => n === 2,
      'the new leader’s connection',
    );
    expect(channelCreations[1]).toBe(second.background);
    await eventually(
      () => Promise.resolve(sockets()),
      (n) => n === 1,
      'one socket again',
    );
    await shows(two.row(next, names.text('state.connected')), 'the chat, still connected');
    // The chat window the agent had open in this tab stays open, with its draft, without a
    // click: the view restores it on the new leader's core (remote/agentResume.ts).
    await eventually(
      () => two.reply.inputValue(),
      (v) => v === reply,
      'the open window’s draft, kept',
    );
    await shows(
      appFrame(second.page, second.sidebar).getByRole('heading', { name: next, exact: true }),
      'the chat window’s customer heading',
    );
    const bodies = async () =>
      (
        await e2e.platform<{ entities: { body: string }[] }>(
          SEED_IDS.agentAlex,
          'GET',
          `/api/v2/conversations/chats/${nextCid}/messages`,
        )
      ).entities.map((m) => m.body);
    // The old leader's unsent reply: restored from the outbox and sent once, by the new one.
    await eventually(bodies, (list) => list.includes(held), 'the held reply at the platform');
    expect(messagePosts.filter((p) => p.body.includes(held)).map((p) => p.frame)).toEqual([
      first.background,
      second.background,
    ]);
    await two.send.click();
    await eventually(bodies, (list) => list.includes(reply), 'the reply at the platform');
    await sleep(1_000);
    expect((await bodies()).filter((body) => body === reply)).toHaveLength(1);
    expect((await bodies()).filter((body) => body === held)).toHaveLength(1);
    expect(sockets()).toBe(1);
    expect(appErrors).toEqual([]);
  });
});
