// Issue 15, one connection per browser profile, when the panel that runs it goes away: the
// Chrome build loaded unpacked, two panel pages in tabs (two windows' side panels). The first
// panel holds the connection lock and runs the core; the agent works in the second. When the
// first closes, the browser hands the lock to the second, which starts the core from the
// session in storage.session: the chat window and the typed reply are back, the reply the old
// core could not send yet (its stored outbox) reaches the customer once, a later customer
// message shows, and the platform sees one connection again. en and ja.
import type { Page, Request } from 'playwright-core';
import { startLoopbackServer, type LoopbackServer } from '@acd/mocks/server/loopbackServer';
import { SEED_IDS } from '@acd/mocks/engine/seedData';
import { embedText } from '@acd/shared/embed';
import { createSimulatorControl } from '../apps/demo/simulatorControl';
import { describeInBrowser } from './harness/describeInBrowser';
import {
  ensureChromeBuild,
  launchExtension,
  type ExtensionBrowser,
} from './harness/extensionBrowser';
import { agentView, shows } from './harness/locators';
import { LANGUAGES, namesFor } from './harness/names';
import { eventually } from './harness/eventually';
import {
  armFault as armSimFault,
  NO_FAULT,
  refuseNextSend,
  type SimFault,
} from './harness/simFaults';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(() => {
  ensureChromeBuild();
}, 120_000);

describeInBrowser.each(LANGUAGES)('the extension: a second panel takes over (%s)', (language) => {
  const names = namesFor(language);
  const customer = language === 'ja' ? '中村 葵' : 'Ada Handover';
  const held = language === 'ja' ? '確認して折り返します' : 'I will check and come back';
  const draft = language === 'ja' ? '発送は本日です' : 'It ships today';
  let sim: LoopbackServer;
  let ext: ExtensionBrowser;
  /** The page that created each notification channel (POST /api/v2/notifications/channels). */
  const channelCreators: Page[] = [];
  /** Every POST of an agent message, with the page that made it. */
  const messagePosts: { page: Page; body: string }[] = [];

  beforeAll(async () => {
    sim = await startLoopbackServer({ port: 0 });
    ext = await launchExtension(language);
    sim.trustOrigins(ext.origin);
    await ext.write('local', {
      settings: { platformBaseUrl: sim.url, signIn: 'simulator', language },
    });
    ext.context.on('request', (request: Request) => {
      if (!request.url().startsWith(sim.url) || request.method() !== 'POST') return;
      const page = request.frame().page();
      if (request.url().endsWith('/api/v2/notifications/channels')) channelCreators.push(page);
      if (/\/conversations\/chats\/[^/]+\/communications\/[^/]+\/messages$/.test(request.url()))
        messagePosts.push({ page, body: request.postData() ?? '' });
    });
  }, 60_000);

  afterAll(async () => {
    await ext.close();
    await sim.close();
  });

  const armFault = (fault: SimFault) => armSimFault(sim.url, fault);
  const storedOutbox = (page: Page) =>
    page.evaluate(
      () =>
        Object.keys(localStorage)
          .filter((key) => key.endsWith(':outbox'))
          .flatMap((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as unknown[]).length,
    );
  const bodiesAtPlatform = (conversationId: string, body: string) =>
    sim.engine.conversation(conversationId).messages.filter((m) => m.body === body).length;

  it('keeps the open chat, its draft and the unsent reply; one connection throughout', async () => {
    const first = await ext.open('panel/panel.html');
    // The first panel answers (the sign-in shows) only once a core runs, and no other panel
    // is open yet: it holds the connection lock.
    const picker = first.getByRole('radio', { name: /^Alex Morgan/ });
    await shows(picker, 'the sign-in in the first panel');
    const second = await ext.open('panel/panel.html');
    const one = agentView(first, names);
    const two = agentView(second, names);

    // Signed in from the second panel: the session goes to the first, which connects.
    await second.getByRole('radio', { name: /^Alex Morgan/ }).check();
    await second
      .getByRole('button', { name: embedText(language, 'signIn.submit'), exact: true })
      .click();
    await shows(two.list, 'the list in the second panel');
    await shows(one.list, 'the list in the first panel');
    await eventually(
      () => channelCreators.length,
      (n) => n === 1,
      'the first connection',
      20_000,
    );
    expect(channelCreators[0]).toBe(first);
    // The channel is created before its socket opens: wait for the socket, then it stays one.
    await eventually(
      () => sim.engine.hub.openSocketCount(),
      (n) => n === 1,
      'the first socket',
      20_000,
    );

    const { access_token: token } = await createSimulatorControl(sim.url).login(SEED_IDS.agentAlex);
    await createSimulatorControl(sim.url).goOnQueue(SEED_IDS.agentAlex, token);
    const { conversationId } = await createSimulatorControl(sim.url).startChat({
      queueId: SEED_IDS.queueSupport,
      customerName: customer,
      firstMessage: 'Hello, where is my parcel?',
    });

    // The agent works in the second panel: pick up, open the chat.
    const alerting = two.row(customer, names.text('state.alerting'));
    await shows(alerting, 'the alerting chat in the second panel');
    await two.button(alerting, names.pickUp).click();
    await two.button(two.row(customer, names.text('state.connected')), names.chat).click();
    await shows(two.reply, 'the reply box in the second panel');

    // A reply the first panel's core cannot send yet: the platform answers the send (and
    // only the send) 429 with Retry-After, so it waits in the core's stored outbox.
    await two.reply.fill(held);
    expect((await armFault(refuseNextSend(10))).status).toBe(202);
    const refused = first.waitForResponse(
      (response) =>
        response.request().postData()?.includes(held) === true && response.status() === 429,
    );
    await two.send.click();
    await refused;
    await eventually(
      () => storedOutbox(second),
      (n) => n === 1,
      'the reply in the stored outbox',
      20_000,
    );
    expect((await armFault(NO_FAULT)).status).toBe(202);
    // Then a reply typed but not sent, stored by the core (debounced).
    await two.reply.fill(draft);
    await sleep(1_500);
    expect(bodiesAtPlatform(conversationId, held)).toBe(0);

    // The panel that runs the connection goes away (its window closed).
    await first.close();
    await eventually(
      () => channelCreators.length,
      (n) => n === 2,
      'the new connection',
      20_000,
    );
    expect(channelCreators[1]).toBe(second);
    await eventually(
      () => sim.engine.hub.openSocketCount(),
      (n) => n === 1,
      'one socket again',
      20_000,
    );

    // The second panel shows the same chat window, with the draft, without the agent asking.
    await shows(two.row(customer, names.text('state.connected')), 'the chat, still connected');
    await eventually(
      () => two.reply.inputValue(),
      (v) => v === draft,
      'the draft, kept',
      20_000,
    );
    // The old core's unsent reply: restored from the stored outbox and sent once, by the new one.
    await eventually(
      () => bodiesAtPlatform(conversationId, held),
      (n) => n === 1,
      'the held reply at the platform',
      20_000,
    );
    await shows(second.getByText(held, { exact: true }), 'the held reply in the transcript');

    // The customer writes: the second panel shows it.
    const later = language === 'ja' ? '注文番号は 5678 です' : 'Order 5678, by the way';
    await createSimulatorControl(sim.url).say(conversationId, later);
    await shows(second.getByText(later, { exact: true }), "the customer's later message");

    // The draft is sent once.
    await two.send.click();
    await eventually(
      () => bodiesAtPlatform(conversationId, draft),
      (n) => n === 1,
      'the reply at the platform',
      20_000,
    );
    await sleep(1_500); // a second copy, from a retry or another core, would be there by now
    expect(bodiesAtPlatform(conversationId, held)).toBe(1);
    expect(bodiesAtPlatform(conversationId, draft)).toBe(1);
    expect(messagePosts.filter((post) => post.body.includes(draft)).map((p) => p.page)).toEqual([
      second,
    ]);
    expect(sim.engine.hub.openSocketCount()).toBe(1);
    expect(sim.engine.snapshot().openSockets).toBe(1);
    expect(ext.errors).toEqual([]);
  });
});
