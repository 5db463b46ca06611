// Hostile input in a real browser: the pages work under their Content-Security-Policy and a
// script from elsewhere is refused; a corpus of malformed frames sent through the real socket
// leaves the client usable, and a real message sent afterwards still arrives.
import type { Page, WebSocketRoute } from 'playwright-core';
import type { WebChatMessageEntityList } from '@acd/shared';
import { malformedFrames } from '../shared/testing/malformedFrameCorpus';
import { pickUpNewChat } from './harness/agentSteps';
import { describeInBrowser } from './harness/describeInBrowser';
import { SEED_IDS, startE2eSession, type E2eSession } from './harness/e2eSession';
import { agentView, shows } from './harness/locators';
import { namesFor } from './harness/names';

interface Violation {
  directive: string;
  blocked: string;
}

/** Records the page's CSP violations (an init script runs outside the page's CSP). */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: { directive: string; blocked: string }[] = [];
    (window as unknown as { cspViolations: typeof seen }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
    });
  });
}

const violations = (page: Page): Promise<Violation[]> =>
  page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);

describeInBrowser('hardening in the browser', () => {
  let e2e: E2eSession;
  const names = namesFor('en');

  beforeAll(async () => {
    e2e = await startE2eSession();
  });
  afterEach(async () => {
    await e2e.closeClients();
    await e2e.reset();
  });
  afterAll(async () => {
    await e2e.close();
  });

  it('serves the pages with a strict CSP under which they work and a foreign script is refused', async () => {
    const response = await fetch(e2e.demo.standaloneUrl);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain(`connect-src 'self' ${e2e.demo.simulator.url} ws://`);
    expect(policy).toContain("frame-ancestors 'self'");
    const demoPolicy = (await fetch(e2e.demo.demoUrl)).headers.get('content-security-policy');
    expect(demoPolicy).toContain("frame-ancestors 'none'");

    // The agent client does its whole job under the policy: sign-in, socket, list, chat.
    const { page } = await e2e.openReadyClient({ beforeLoad: recordViolations });
    const view = agentView(page, names);
    await pickUpNewChat(e2e, view, names, 'Cora Diaz');
    await view.button(view.row('Cora Diaz'), names.chat).click();
    await shows(page.getByRole('log').getByText('Hi, Cora Diaz here.'), 'the first message');
    expect(await violations(page)).toEqual([]);

    // A script from another origin (here the simulator's) and an inline one are refused.
    const foreign = `${e2e.demo.simulator.url}/evil.js`;
    const ran = await page.evaluate(async (src) => {
      const w = window as unknown as { inlineRan?: boolean };
      const inline = document.createElement('script');
      inline.textContent = 'window.inlineRan = true;';
      document.head.append(inline);
      const script = document.createElement('script');
      script.src = src;
      const outcome = new Promise<string>((resolve) => {
        script.onload = () => resolve('loaded');
        script.onerror = () => resolve('refused');
      });
      document.head.append(script);
      return { inline: w.inlineRan === true, external: await outcome };
    }, foreign);
    expect(ran).toEqual({ inline: false, external: 'refused' });
    expect(await violations(page)).toEqual(
      expect.arrayContaining([
        { directive: 'script-src-elem', blocked: 'inline' },
        { directive: 'script-src-elem', blocked: foreign },
      ]),
    );

    // The demo page (customer panel + framed standalone client) works under its own policy.
    const demo = await e2e.browser.newPage();
    await recordViolations(demo);
    await demo.goto(e2e.demo.demoUrl);
    await shows(demo.getByRole('heading').first(), 'the demo page');
    await demo.waitForTimeout(500);
    expect(await violations(demo)).toEqual([]);
    await demo.close();
  });

  it('refuses a ?platform= outside the allowed list without contacting it', async () => {
    const { context } = await e2e.openClient();
    const page = await context.newPage();
    const contacted: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).hostname === 'evil.example') contacted.push(request.url());
    });
    const url = new URL(e2e.demo.standaloneUrl);
    url.searchParams.set('platform', 'https://evil.example');
    await page.goto(url.toString());
    await shows(
      page.getByRole('alert').filter({ hasText: 'not a platform this deployment allows' }),
      'the refusal',
    );
    expect(contacted).toEqual([]);
  });

  it('stays usable through a corpus of malformed frames on the real socket; a later message still arrives', async () => {
    const sockets: WebSocketRoute[] = [];
    const { page } = await e2e.openReadyClient({
      beforeLoad: async (p) => {
        // The page's socket goes to the simulator as usual; the test can add frames to it.
        await p.routeWebSocket(/\/channels\//, (ws) => {
          ws.connectToServer();
          sockets.push(ws);
        });
      },
    });
    const view = agentView(page, names);
    const customer = 'Mallory Frames';
    const cid = await pickUpNewChat(e2e, view, names, customer);
    await view.button(view.row(customer), names.chat).click();
    await shows(page.getByRole('log').getByText(`Hi, ${customer} here.`), 'the first message');

    const snapshot = (await e2e.state()).conversations.find((c) => c.id === cid);
    const messages = await e2e.platform<WebChatMessageEntityList>(
      SEED_IDS.agentAlex,
      'GET',
      `/api/v2/conversations/chats/${cid}/messages`,
    );
    const message = messages.entities.at(-1);
    if (snapshot === undefined || message === undefined) throw new Error('no chat to copy');
    const frames = malformedFrames({
      userId: SEED_IDS.agentAlex,
      otherUserId: SEED_IDS.agentHanako,
      snapshot,
      message,
    });
    const socket = sockets.at(-1);
    if (socket === undefined) throw new Error('the page opened no notification socket');
    for (const frame of frames) socket.send(frame.data);
    // Duplicates of a real frame change nothing either.
    const duplicate = JSON.stringify({
      topicName: `v2.conversations.chats.${cid}.messages`,
      eventBody: message,
      metadata: { type: 'message' },
    });
    socket.send(duplicate);
    socket.send(duplicate);

    // A real message from the customer after all that still shows; nothing failed to render.
    await e2e.sim.say(cid, 'Still there?');
    await shows(
      page.getByRole('log').getByText('Still there?'),
      'the message sent after the corpus',
    );
    await expect(page.getByRole('log').getByText(`Hi, ${customer} here.`).count()).resolves.toBe(1);
    await expect(page.getByText(/could not be shown/).count()).resolves.toBe(0);
    // Still usable: the agent replies and the platform has it.
    await view.reply.fill('Yes, still here.');
    await view.reply.press('Enter');
    await shows(page.getByRole('log').getByText('Yes, still here.'), 'the reply');
    expect(frames.length).toBeGreaterThanOrEqual(40);
    console.log(
      `[hardening] ${frames.length} malformed frames + 2 duplicates sent through the socket`,
    );
  });
});
