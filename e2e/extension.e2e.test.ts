// The Chrome build of the extension, loaded unpacked into Debian's chromium (a persistent
// context with --load-extension). A test cannot open the side panel itself, so the panel's
// page opens in tabs: two of them stand for two windows' panels, which must share the one
// platform connection. The walk-through runs against the loopback simulator, in en and ja.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startLoopbackServer, type LoopbackServer } from '@acd/mocks/server/loopbackServer';
import { SEED_IDS } from '@acd/mocks/engine/seedData';
import { embedText } from '@acd/shared/embed';
import { createSimulatorControl } from '../apps/demo/simulatorControl';
import { goOnQueue } from './harness/presence';
import { chooseWrapupCode } from './harness/agentSteps';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness/chromium';
import { describeInBrowser } from './harness/describeInBrowser';
import { agentView, gone, shows } from './harness/locators';
import { LANGUAGES, namesFor } from './harness/names';
import { eventually } from './harness/eventually';

const repoRoot = path.resolve(__dirname, '..');
const chromeBuild = path.join(repoRoot, 'extension/dist/chrome');

beforeAll(() => {
  // npm test builds it first; a lone run of this file builds it here.
  if (!existsSync(path.join(chromeBuild, 'manifest.json'))) {
    execFileSync('npx', ['tsx', 'extension/scripts/buildExtension.ts'], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
  }
}, 120_000);

describeInBrowser.each(LANGUAGES)('the Chrome extension (%s)', (language) => {
  const names = namesFor(language);
  const customer = language === 'ja' ? '佐藤 健' : 'Pat Lee';
  const email = language === 'ja' ? 'sato.ken@example.com' : 'pat+lee@example.com';
  const code = language === 'ja' ? '解決済み' : 'Resolved';
  let sim: LoopbackServer;
  let context: BrowserContext;
  let worker: Worker;
  let profile: string;
  let extensionId: string;
  const panels: Page[] = [];
  const pageErrors: string[] = [];

  const badge = () =>
    worker.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: { action: { getBadgeText(d: object): Promise<string> } };
        }
      ).chrome;
      return api.action.getBadgeText({});
    });

  beforeAll(async () => {
    sim = await startLoopbackServer({ port: 0 });
    profile = mkdtempSync(path.join(os.tmpdir(), 'acd-extension-'));
    context = await chromium.launchPersistentContext(path.join(profile, 'user-data'), {
      executablePath: CHROMIUM_PATH,
      headless: true,
      locale: language === 'ja' ? 'ja-JP' : 'en-US',
      viewport: { width: 400, height: 900 },
      args: [
        ...CHROMIUM_ARGS.filter((arg) => arg !== '--headless'),
        `--disable-extensions-except=${chromeBuild}`,
        `--load-extension=${chromeBuild}`,
      ],
      env: { ...process.env, HOME: profile, TMPDIR: profile },
    });
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    // The panel's simulator picker calls /sim/users and /sim/login from the extension's origin,
    // which the simulator answers only for origins it has been told to trust.
    sim.trustOrigins(`chrome-extension://${extensionId}`);
    // The admin's settings, as the options page would store them.
    await worker.evaluate(
      async (settings) => {
        const api = (
          globalThis as unknown as {
            chrome: { storage: { local: { set(i: object): Promise<void> } } };
          }
        ).chrome;
        await api.storage.local.set({ settings });
      },
      {
        platformBaseUrl: sim.url,
        signIn: 'simulator',
        language,
        screenPopUrlTemplate: `${sim.url}/crm/search?q={email}&who={name}&queue={queue}&mail={attr:context.email}`,
      },
    );
  }, 60_000);

  afterAll(async () => {
    await context.close().catch(() => undefined);
    await sim.close();
    rmSync(profile, { recursive: true, force: true });
  });

  const openPanel = async () => {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`chrome-extension://${extensionId}/panel/panel.html`);
    panels.push(page);
    return page;
  };

  it("signs in once: two windows' panels share one platform connection", async () => {
    const first = await openPanel();
    const second = await openPanel();
    await first.getByRole('radio', { name: /^Alex Morgan/ }).check();
    // The settings' language, read from storage before the panel rendered.
    expect(await first.evaluate(() => document.documentElement.lang)).toBe(language);
    await first
      .getByRole('button', { name: embedText(language, 'signIn.submit'), exact: true })
      .click();
    await shows(agentView(first, names).list, 'the list in the first panel');
    await shows(agentView(second, names).list, 'the list in the second panel');
    await eventually(
      () => sim.engine.hub.openSocketCount(),
      (n) => n === 1,
      'one socket',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sim.engine.hub.openSocketCount()).toBe(1);
    // The token lives in the extension's session storage, not in the page's storage.
    const pageStorage = await first.evaluate(() =>
      [localStorage, sessionStorage]
        .flatMap((area) => Object.keys(area).map((key) => `${key}=${area.getItem(key) ?? ''}`))
        .join('\n'),
    );
    const token = await worker.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: {
            storage: {
              session: { get(k: string): Promise<Record<string, { accessToken: string }>> };
            };
          };
        }
      ).chrome;
      return (await api.storage.session.get('platformSession')).platformSession?.accessToken ?? '';
    });
    expect(token).not.toBe('');
    expect(pageStorage).not.toContain(token);
  });

  it('walks through alerting, pick up, reply, burst, disconnect and wrap-up', async () => {
    const [first, second] = panels as [Page, Page];
    const view = agentView(first, names);
    const mirror = agentView(second, names);
    const { access_token: token } = await createSimulatorControl(sim.url).login(SEED_IDS.agentAlex);
    await goOnQueue(sim.url, token);
    const { conversationId } = await createSimulatorControl(sim.url).startChat({
      queueId: SEED_IDS.queueSupport,
      customerName: customer,
      customerEmail: email,
      firstMessage: 'Hello, my order has not arrived.',
    });

    const alerting = view.row(customer, names.text('state.alerting'));
    await shows(alerting, 'the alerting row');
    await shows(mirror.row(customer, names.text('state.alerting')), 'alerting in panel 2');
    expect(
      await eventually(badge, (text) => text === '2', 'the badge (1 alerting + 1 unread)'),
    ).toBe('2');

    // Pick up: the screen pop opens the templated URL in a tab, every value URL-encoded.
    const popped = context.waitForEvent('page');
    await view.button(alerting, names.pickUp).click();
    const connected = view.row(customer, names.text('state.connected'));
    await shows(connected, 'the connected row');
    const tab = await popped;
    const url = new URL(tab.url());
    expect(url.pathname).toBe('/crm/search');
    expect(url.searchParams.get('q')).toBe(email);
    expect(url.searchParams.get('who')).toBe(customer);
    expect(url.searchParams.get('queue')).toBe('Support');
    expect(url.searchParams.get('mail')).toBe(email);
    expect(tab.url()).toContain(`q=${encodeURIComponent(email)}`);
    await tab.close();

    // Reply.
    await view.button(connected, names.chat).click();
    await shows(view.reply, 'the reply box');
    await view.reply.fill('Let me check that for you.');
    await view.send.click();
    await shows(first.getByText('Let me check that for you.'), 'the reply in the transcript');

    // Burst: the customer writes while the agent looks at the second panel's list.
    await createSimulatorControl(sim.url).say(conversationId, 'Order 1234.');
    await shows(first.getByText('Order 1234.'), "the customer's burst");

    // Disconnect and wrap up with a code.
    await view.button(connected, names.disconnect).click();
    await shows(view.wrapup, 'the wrap-up');
    await chooseWrapupCode(first, view, code);
    await view.done.click();
    await gone(view.row(customer), 'the finished chat');
    await gone(mirror.row(customer), 'the finished chat in panel 2');
    expect(await eventually(badge, (text) => text === '', 'the badge cleared')).toBe('');
    expect(pageErrors).toEqual([]);
  });
});
