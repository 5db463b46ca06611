// The Zendesk app in a real browser, through the real ZAF SDK: a workspace page that speaks
// the SDK's postMessage protocol (e2e/zendesk/zafHostPage.ts) loads the built
// zendesk-app/assets/iframe.html, with `origin` and `app_guid` in its URL, for the background
// and the ticket sidebars. The app reads its settings, resizes, rings once, pops the customer
// and logs an internal note for a chat taken end to end against the loopback simulator.
// Steps run in order and share one workspace, as one agent's shift would.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createSimulatorControl } from '../apps/demo/simulatorControl';
import { SEED_IDS } from '@acd/mocks/engine/seedData';
import { startLoopbackServer, type LoopbackServer } from '@acd/mocks/server/loopbackServer';
import { zendeskText } from '../zendesk-app/src/crm/zendeskText';
import { goOnQueue } from './harness/presence';
import { launchChromium } from './harness/chromium';
import { describeInBrowser } from './harness/describeInBrowser';
import { agentView, gone, shows, type AgentView } from './harness/locators';
import { namesFor } from './harness/names';
import type { SupportTicket, SupportUser } from './zendesk/fakeSupportApi';
import type { Invocation } from './zendesk/zafHostTypes';
import {
  appFrame,
  countRings,
  missingBuild,
  ringsIn,
  startZendeskWorkspace,
  zafHost,
  type ZafHostHandle,
  type ZendeskWorkspace,
} from './zendesk/zendeskWorkspace';
import { eventually } from './harness/eventually';

const names = namesFor('en');
const CUSTOMER = { name: 'Nora Quinn', email: 'nora.quinn@example.com' };
const NORA: SupportUser = { id: 7001, name: 'Nora Quinn', email: CUSTOMER.email };
const OTHER: SupportUser = { id: 7002, name: 'Sam Other', email: 'sam.other@example.com' };
/** Nora's one open ticket: the screen pop opens it and the note goes to it. */
const POPPED_TICKET = 501;
const FIRST_MESSAGE = 'Hello, my order #88 has not arrived.';
const AGENT_REPLY = 'Sorry to hear that, Nora. Let me check.';
const CUSTOMER_REPLY = 'Thank you!';

function ticket(
  id: number,
  requester: SupportUser,
  status: SupportTicket['status'],
  createdAt: string,
  subject: string,
) {
  return { id, subject, status, requester_id: requester.id, created_at: createdAt, requester };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeInBrowser('the Zendesk app through the real ZAF SDK in chromium', () => {
  let sim: LoopbackServer;
  let workspace: ZendeskWorkspace;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let host: ZafHostHandle;
  /** The frame (instance guid) of each POST /api/v2/notifications/channels. */
  const channelCreations: string[] = [];
  /** The URL of each WebSocket any frame opened. */
  const sockets: string[] = [];
  /** Failed responses outside the Support API (a missing asset, a refused call). */
  const failedResponses: string[] = [];
  /** Errors the app logged or threw in any of its frames. */
  const appErrors: string[] = [];
  const guids = { background: '', first: '', second: '', popped: '' };
  let one: AgentView;
  let two: AgentView;
  let conversationId = '';
  /** Undone in reverse order after the tests, whatever was started before a failure. */
  const cleanups: (() => Promise<unknown>)[] = [];

  const control = () => createSimulatorControl(sim.url);
  const invokes = async (name: string, fromLocation?: Invocation['fromLocation']) =>
    (await host.invocations()).filter(
      (i) => i.name === name && (fromLocation === undefined || i.fromLocation === fromLocation),
    );
  const connections = () => ({
    channelCreations: channelCreations.length,
    browserSockets: sockets.length,
    channelsAtSimulator: sim.engine.hub.channelCount(),
    socketsAtSimulator: sim.engine.hub.openSocketCount(),
  });

  beforeAll(async () => {
    const problem = missingBuild();
    if (problem !== null) throw new Error(problem);
    sim = await startLoopbackServer({ port: 0 });
    cleanups.push(() => sim.close());
    workspace = await startZendeskWorkspace({
      settings: {
        platformBaseUrl: sim.url,
        oauthClientId: '',
        // The picker: this file tests the app's other behaviour (signInZendesk.e2e signs in).
        signIn: 'simulator',
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
      users: [NORA, OTHER],
      tickets: [
        ticket(101, OTHER, 'open', '2024-05-01T10:00:00Z', 'Printer on fire'),
        ticket(102, OTHER, 'pending', '2024-05-02T10:00:00Z', 'Invoice question'),
        ticket(400, NORA, 'solved', '2024-04-01T10:00:00Z', 'An old question'),
        ticket(POPPED_TICKET, NORA, 'open', '2024-05-03T10:00:00Z', 'Where is my order?'),
      ],
    });
    // The app signs in with the simulator's quick path from its own origin (zdusercontent in
    // production): the simulator is told to trust it, as a deployment would be.
    sim.trustOrigins(workspace.appOrigin);
    cleanups.push(() => workspace.close());
    browser = await launchChromium();
    cleanups.push(() => browser.close());
    context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1200, height: 1000 },
    });
    await countRings(context);
    context.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/v2/notifications/channels')) {
        channelCreations.push(request.frame().name());
      }
    });
    context.on('response', (response) => {
      const url = new URL(response.url());
      // The Support API's failures are the ones the test arms.
      const armed = url.origin === workspace.zendeskUrl && url.pathname.startsWith('/api/v2/');
      if (response.status() >= 400 && !armed) {
        failedResponses.push(`${response.status()} ${url.href}`);
      }
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && message.location().url.startsWith(workspace.appOrigin)) {
        appErrors.push(message.text());
      }
    });
    page.on('pageerror', (error) => {
      appErrors.push(error.message);
    });
    page.on('websocket', (socket) => {
      sockets.push(socket.url());
    });
    await page.goto(workspace.zendeskUrl);
    host = zafHost(page);
  });

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });

  it('reads its settings through the SDK and sizes each sidebar to its content', async () => {
    guids.background = await host.open('background');
    guids.first = await host.open('ticket_sidebar', 101);
    guids.second = await host.open('ticket_sidebar', 102);
    await host.activate(guids.first);
    one = agentView(appFrame(page, guids.first), names);
    two = agentView(appFrame(page, guids.second), names);

    // The sign-in names the platform base URL of the installation's settings (metadata).
    const pickerLegend = `Agents of the simulator at ${sim.url}`;
    await shows(appFrame(page, guids.first).getByText(pickerLegend), 'the sign-in in sidebar 1');
    await shows(appFrame(page, guids.second).getByText(pickerLegend), 'the sign-in in sidebar 2');

    const instances = await host.instances();
    expect(instances.map((i) => [i.location, i.registered])).toEqual([
      ['background', true],
      ['ticket_sidebar', true],
      ['ticket_sidebar', true],
    ]);
    // Sidebars report when their ticket tab is shown or closed.
    expect(instances[1]?.subscriptions).toEqual(
      expect.arrayContaining(['app.activated', 'app.deactivated', 'app.willDestroy']),
    );
    const px: unknown = expect.stringMatching(/^\d+px$/);
    for (const guid of [guids.first, guids.second]) {
      const sizes = await eventually(
        async () => (await invokes('resize')).filter((i) => i.from === guid),
        (list) => list.length > 0,
        'a resize from the sidebar',
      );
      expect(sizes.at(-1)?.args).toEqual([{ width: '100%', height: px }]);
    }
    // The workspace sized the iframes as asked.
    expect((await host.instances()).map((i) => i.height)).toEqual([null, px, px]);
    expect(await invokes('resize', 'background')).toEqual([]);
    // Nothing connects before the agent signs in.
    expect(connections()).toEqual({
      channelCreations: 0,
      browserSockets: 0,
      channelsAtSimulator: 0,
      socketsAtSimulator: 0,
    });
  });

  it('signs the agent in once: the background holds the only platform connection', async () => {
    const sidebar = appFrame(page, guids.first);
    await sidebar.getByRole('radio', { name: /^Alex Morgan/ }).check();
    await sidebar.getByRole('button', { name: 'Sign in', exact: true }).click();
    await shows(one.list, 'the interaction list in sidebar 1');
    await shows(two.list, 'the interaction list in sidebar 2 (signed in by sidebar 1)');
    await eventually(connections, (c) => c.socketsAtSimulator === 1, 'the notification socket');
    await sleep(500);
    expect(connections()).toEqual({
      channelCreations: 1,
      browserSockets: 1,
      channelsAtSimulator: 1,
      socketsAtSimulator: 1,
    });
    expect(channelCreations).toEqual([guids.background]);
  });

  it('rings once, in a sidebar the agent clicked in (not the hidden background), when a chat alerts in both', async () => {
    // Test set-up: the agent goes On Queue through the platform API.
    const { access_token: token } = await control().login(SEED_IDS.agentAlex);
    await goOnQueue(sim.url, token);

    ({ conversationId } = await control().startChat({
      queueId: SEED_IDS.queueSupport,
      customerName: CUSTOMER.name,
      customerEmail: CUSTOMER.email,
      firstMessage: FIRST_MESSAGE,
    }));
    await shows(one.row(CUSTOMER.name, names.text('state.alerting')), 'the chat alerting in 1');
    await shows(two.row(CUSTOMER.name, names.text('state.alerting')), 'the chat alerting in 2');
    await eventually(
      () => invokes('notify'),
      (list) => list.length > 0,
      'the Zendesk notification of the alerting chat',
    );
    await sleep(1_000); // a late second ring would show by now

    expect(await invokes('notify')).toEqual([
      expect.objectContaining({
        fromLocation: 'background',
        args: [zendeskText('en', 'attention.alerting'), 'notice'],
      }),
    ]);
    // The background frame never has a user gesture, so Chrome would keep its audio
    // suspended: the tone plays in one view with one (the agent signed in there), once.
    expect(await ringsIn(page, guids.background)).toEqual({ audioContexts: 0, notifications: 0 });
    const views = [await ringsIn(page, guids.first), await ringsIn(page, guids.second)];
    expect(views.map((rings) => rings.audioContexts).sort()).toEqual([0, 1]);
    expect(views.map((rings) => rings.notifications)).toEqual([0, 0]);
  });

  it("picking up in sidebar 1 pops the customer's open ticket", async () => {
    const alerting = one.row(CUSTOMER.name, names.text('state.alerting'));
    await one.button(alerting, names.pickUp).click();
    await shows(one.row(CUSTOMER.name, names.text('state.connected')), 'connected in 1');
    await shows(two.row(CUSTOMER.name, names.text('state.connected')), 'connected in 2');

    const routes = await eventually(
      () => invokes('routeTo'),
      (list) => list.length > 0,
      'the screen pop',
    );
    // Opened by the view the agent clicked in (routeTo acts on the caller's own tab, and the
    // leading background may be in another), once.
    expect(routes).toEqual([
      expect.objectContaining({
        from: guids.first,
        fromLocation: 'ticket_sidebar',
        args: ['ticket', String(POPPED_TICKET)],
      }),
    ]);
    expect(workspace.support.calls.map((c) => `${c.method} ${c.url} ${c.status}`)).toEqual([
      `GET /api/v2/users/search.json?query=${encodeURIComponent(`email:${CUSTOMER.email}`)} 200`,
      `GET /api/v2/users/${NORA.id}/tickets/requested.json?sort_by=created_at&sort_order=desc 200`,
    ]);
    // Every Support API call went through the background's client.request.
    expect((await host.requests()).map((r) => r.fromLocation)).toEqual([
      'background',
      'background',
    ]);
  });

  it('the ticket tab Zendesk opens mid-chat shows the connected chat at once', async () => {
    // The agent opens the chat in sidebar 1, then Zendesk opens the ticket the pop routed to.
    await one.button(one.row(CUSTOMER.name), names.chat).click();
    await shows(appFrame(page, guids.first).getByText(FIRST_MESSAGE), 'the chat in sidebar 1');
    guids.popped = await host.open('ticket_sidebar', POPPED_TICKET);
    await host.activate(guids.popped);
    const popped = agentView(appFrame(page, guids.popped), names);
    await shows(popped.row(CUSTOMER.name, names.text('state.connected')), 'connected in 3');
    await shows(
      appFrame(page, guids.popped).getByText(FIRST_MESSAGE),
      "the customer's first message in the new sidebar",
    );
    // Still one connection and one ring; the new view signed nothing in.
    expect(connections()).toEqual({
      channelCreations: 1,
      browserSockets: 1,
      channelsAtSimulator: 1,
      socketsAtSimulator: 1,
    });
    expect(await ringsIn(page, guids.popped)).toEqual({ audioContexts: 0, notifications: 0 });
    expect(await invokes('notify')).toHaveLength(1);
  });

  it('a draft typed in one sidebar appears in the others; the reply reaches the customer', async () => {
    const popped = agentView(appFrame(page, guids.popped), names);
    await shows(one.reply, 'the reply box in sidebar 1');
    await one.reply.fill(AGENT_REPLY);
    await eventually(
      () => popped.reply.inputValue(),
      (v) => v === AGENT_REPLY,
      'the draft in 3',
    );
    await eventually(
      () => two.reply.inputValue(),
      (v) => v === AGENT_REPLY,
      'the draft in 2',
    );
    await popped.send.click();
    await eventually(
      async () => (await control().conversations()).find((c) => c.id === conversationId),
      (c) => (c?.messageCount ?? 0) >= 2,
      'the reply at the platform',
    );
    await control().say(conversationId, CUSTOMER_REPLY);
    await shows(appFrame(page, guids.first).getByText(CUSTOMER_REPLY), 'the answer in sidebar 1');
    await eventually(
      () => one.reply.inputValue(),
      (v) => v === '',
      'the draft cleared in 1',
    );
  });

  it('Done logs one internal note on the popped ticket; failed writes are notified and retried', async () => {
    // The first write fails outright; the second lands but its answer is an error.
    const notePath = new RegExp(`^/api/v2/tickets/${POPPED_TICKET}\\.json$`);
    workspace.support.failNext({ method: 'PUT', path: notePath, status: 500 });
    workspace.support.failNext({ method: 'PUT', path: notePath, status: 500, landed: true });

    // Sidebar 1's ticket is in view again: the note still goes to the popped ticket.
    await host.activate(guids.first);
    await one.button(one.row(CUSTOMER.name), names.disconnect).click();
    await shows(one.wrapup, 'the wrap-up panel in sidebar 1');
    await one.wrapupCode.click();
    await one.wrapupCode.fill('Res');
    await appFrame(page, guids.first)
      .getByRole('option', { name: 'Resolved', exact: true })
      .click();
    await one.done.click();
    await gone(one.row(CUSTOMER.name), 'the released chat in sidebar 1');
    await gone(two.row(CUSTOMER.name), 'the released chat in sidebar 2');

    await shows(
      appFrame(page, guids.first).getByText(names.text('notice.crmLogged')),
      'the logged notice after the retries',
      20_000,
    );
    const failed = zendeskText('en', 'log.failed', {
      customer: CUSTOMER.name,
      reason: 'HTTP 500 Internal Server Error',
    });
    expect((await invokes('notify')).slice(1)).toEqual([
      expect.objectContaining({ fromLocation: 'background', args: [failed, 'error'] }),
      expect.objectContaining({ fromLocation: 'background', args: [failed, 'error'] }),
    ]);

    const writes = workspace.support.calls.filter((c) => c.method !== 'GET');
    expect(writes.map((c) => `${c.method} ${c.url} ${c.status}`)).toEqual([
      `PUT /api/v2/tickets/${POPPED_TICKET}.json 500`,
      `PUT /api/v2/tickets/${POPPED_TICKET}.json 500`,
    ]);
    // The third attempt found the note the second one wrote: one note, never two.
    const notes = workspace.support.comments.get(POPPED_TICKET) ?? [];
    expect(notes).toHaveLength(1);
    expect([...workspace.support.comments.keys()]).toEqual([POPPED_TICKET]);
    const [note] = notes;
    expect(note?.public).toBe(false);
    const body = note?.body ?? '';
    expect(writes[1]?.body).toEqual({ ticket: { comment: { body, public: false } } });
    for (const line of [
      `Chat with ${CUSTOMER.name}`,
      `Customer: ${CUSTOMER.name}`,
      `Email: ${CUSTOMER.email}`,
      'Queue: Support',
      'Agent: Alex Morgan',
      'Wrap-up: Resolved',
      `${CUSTOMER.name}: ${FIRST_MESSAGE}`,
      `Alex Morgan: ${AGENT_REPLY}`,
      `${CUSTOMER.name}: ${CUSTOMER_REPLY}`,
      `Reference: acd-chat:${conversationId}#`,
    ]) {
      expect(body).toContain(line);
    }
    // Joined/left lines have no speaker, and show none.
    expect(body).not.toContain('] : ');
  });

  it('left no app error, broken asset, host-side problem or extra connection behind', async () => {
    expect(appErrors).toEqual([]);
    expect(workspace.missingAssets).toEqual([]);
    expect(failedResponses).toEqual([]);
    expect(await host.problems()).toEqual([]);
    expect(connections()).toEqual({
      channelCreations: 1,
      browserSockets: 1,
      channelsAtSimulator: 1,
      socketsAtSimulator: 1,
    });
  });
});
