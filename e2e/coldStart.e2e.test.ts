// The standalone page's start, in a real browser: the start-up reads leave from the page's
// small first script and the client takes their answers (the platform is not asked twice),
// and the client first renders with its chats, never flashing "Signing in…"; on a slow
// platform the shell shows after a moment instead of a blank page.
import type { Page } from 'playwright-core';
import { defaultTimings } from '@acd/shared';
import { describeInBrowser } from './harness/describeInBrowser';
import { eventually } from './harness/eventually';
import { SEED_IDS, startE2eSession, type E2eSession } from './harness/e2eSession';
import { agentView, shows } from './harness/locators';
import { LANGUAGES, namesFor } from './harness/names';

interface FirstRender {
  /** Rows in the client when it first rendered (-1: not rendered yet). */
  rows: number;
  /** "Signing in…" was shown at some point. */
  signingIn: boolean;
}

/** Notes what the client showed when it first rendered, and whether "Signing in…" ever did. */
async function watchFirstRender(page: Page, signingIn: string): Promise<void> {
  await page.addInitScript((text: string) => {
    const seen = { rows: -1, signingIn: false };
    (window as unknown as { firstRender: typeof seen }).firstRender = seen;
    new MutationObserver(() => {
      const app = document.querySelector('.acd-app');
      if (app !== null && seen.rows < 0) seen.rows = app.querySelectorAll('.acd-row').length;
      const status = [...document.querySelectorAll('[role="status"]')];
      if (status.some((s) => s.textContent === text)) seen.signingIn = true;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, signingIn);
}

const firstRender = (page: Page): Promise<FirstRender> =>
  page.evaluate(() => (window as unknown as { firstRender: FirstRender }).firstRender);

/** The platform requests the page sends, as `METHOD /path`, in order. */
function recordRequests(page: Page, platformUrl: string): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(platformUrl) || request.method() === 'OPTIONS') return;
    sent.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  return sent;
}

/**
 * Resolves once the built page's view chunk has run, and a task later: the client's own wait
 * for it has then settled (a client that rendered as soon as its view came would have).
 */
async function viewLoaded(page: Page): Promise<void> {
  // A string: the test runner would rewrite a dynamic import() in a function for Node.
  await page.evaluate(`(async () => {
    const link = document.querySelector('link[rel="modulepreload"][href*="standaloneView"]');
    if (link === null) throw new Error('The page preloads no view chunk');
    // The same module as the client's import: it resolves when the view has been evaluated.
    await import(link.href);
    // A task turn by message (the page's timers stand still in these tests).
    await new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  })()`);
}

describeInBrowser.each(LANGUAGES)('the standalone page’s start (%s)', (language) => {
  let e2e: E2eSession;
  const names = namesFor(language);
  const customer = language === 'ja' ? '高橋 優' : 'Sam Reed';

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

  /**
   * The client, its platform requests noted and its first render watched. The page's clock
   * stands still: however slowly a loaded machine answers, the 300 ms bound fires only when
   * a test runs it.
   */
  async function openWatchedClient() {
    let sent: string[] = [];
    const { page } = await e2e.openClient({
      language,
      beforeLoad: async (p) => {
        sent = recordRequests(p, e2e.demo.simulator.url);
        await watchFirstRender(p, names.text('app.loading'));
        await p.clock.install();
        await p.clock.pauseAt(Date.now() + 1_000);
      },
    });
    return { page, sent };
  }

  it('asks the platform once for the session and the list, and first renders with the chats', async () => {
    await e2e.setPresence(SEED_IDS.agentAlex, 'On Queue');
    await e2e.startChat(customer);
    // The bound cannot come first: the first render is the settled start-up's.
    const { page, sent } = await openWatchedClient();
    const view = agentView(page, names);
    await shows(view.row(customer, names.text('state.alerting')), 'the alerting chat');
    expect(await firstRender(page)).toEqual({ rows: 1, signingIn: false });
    // The notification channel waits for the page to be idle after the first render, at most
    // its bound; this page's clock stands still until the test runs it.
    await page.clock.runFor(defaultTimings.firstChannelIdleMaxMs);
    // Until the socket's topics are set, each start-up read went once: the page's first
    // script sent it and the client took the answer.
    await eventually(
      () => sent,
      (all) => all.some((s) => s.endsWith('/subscriptions')),
      'the socket topics',
    );
    const beforeSocket = sent.slice(
      0,
      sent.findIndex((s) => s.endsWith('/subscriptions')),
    );
    expect(beforeSocket.filter((s) => s === 'GET /api/v2/users/me')).toHaveLength(1);
    expect(beforeSocket.filter((s) => s === 'GET /api/v2/conversations/chats')).toHaveLength(1);
    expect(beforeSocket[0]).toBe('GET /api/v2/users/me');
  });

  it('shows "Signing in…" while a slow platform answers, then the chats', async () => {
    await e2e.setPresence(SEED_IDS.agentAlex, 'On Queue');
    await e2e.startChat(customer);
    // The session takes four seconds to come: far past the bound, however slow the machine.
    await e2e.fault({ latencyMs: 4_000, count: 1, method: 'GET', pathContains: '/users/me' });
    const { page } = await openWatchedClient();
    // Nothing shows before the bound, though the client is running (the page's element is
    // busy with its start), its view has loaded, and the session is late...
    await page.locator('#agent-client[aria-busy="true"]').waitFor({ state: 'attached' });
    await viewLoaded(page);
    expect((await firstRender(page)).rows).toBe(-1);
    // ...and the shell at the bound, while the session is still on its way.
    await page.clock.runFor(300);
    await shows(
      page.getByRole('status').filter({ hasText: names.text('app.loading') }),
      'the shell',
    );
    expect((await firstRender(page)).rows).toBe(0);
    await page.clock.resume();
    const view = agentView(page, names);
    await shows(view.row(customer, names.text('state.alerting')), 'the alerting chat');
  });
  it('says why when its view does not load, and Reload starts the client', async () => {
    await e2e.setPresence(SEED_IDS.agentAlex, 'On Queue');
    await e2e.startChat(customer);
    // The view's chunk is gone, as after a deploy that replaced it while the page loaded.
    const view = '**/standaloneView*';
    const { page } = await e2e.openClient({
      language,
      beforeLoad: async (p) => {
        await p.route(view, (route) => route.abort());
      },
    });
    const failed = page.getByRole('alert').filter({
      hasText:
        language === 'ja'
          ? 'エージェントクライアントを開始できませんでした。'
          : 'The agent client could not start.',
    });
    await shows(failed, 'the start failure');
    // The page is not left busy, and nothing of a half-started client shows.
    expect(await page.locator('#agent-client[aria-busy]').count()).toBe(0);
    expect(await page.locator('.acd-app').count()).toBe(0);
    await page.unroute(view);
    await page.getByRole('button', { name: language === 'ja' ? '再読み込み' : 'Reload' }).click();
    // The reload finds the session the first load kept for this tab.
    await shows(
      agentView(page, names).row(customer, names.text('state.alerting')),
      'the alerting chat after the reload',
    );
  });
});

describeInBrowser('the standalone page as built', () => {
  let e2e: E2eSession;
  beforeAll(async () => {
    e2e = await startE2eSession();
  });
  afterAll(async () => {
    await e2e.close();
  });

  const get = async (route: string) => (await fetch(new URL(route, e2e.demo.url))).text();
  const asset = (route: string) => route.replace(/^\/assets\//, '');
  /** The files the built page names: its scripts, module preloads and stylesheets. */
  const builtPage = async () => {
    const html = await get('/standalone/');
    const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1] ?? '');
    return {
      scripts: linked(/<script [^>]*src="([^"]+)"/g),
      preloaded: linked(/<link rel="modulepreload"[^>]*href="([^"]+)"/g),
      stylesheets: linked(/<link rel="stylesheet"[^>]*href="([^"]+)"/g),
    };
  };

  /** The chunks `code` imports statically (`import{…}from"./x.js"`), by file name. */
  const staticImports = (code: string) =>
    [...code.matchAll(/(?:^|[;}\n])import\s*\{?[^"'()]*?["']\.\/([^"']+)["']/g)].map((m) => m[1]);

  it('preloads the client code, core and view, with the compile hint on both', async () => {
    const { scripts, preloaded } = await builtPage();
    const entry = scripts[0];
    expect(entry).toBeDefined();
    const hinted: string[] = [];
    for (const file of preloaded) {
      if ((await get(file)).startsWith('//# allFunctionsCalledOnLoad\n')) hinted.push(file);
    }
    // Two chunks: the core, which the first script imports by name, and the view, which the
    // core imports by name; the first script itself is not hinted.
    expect(hinted).toHaveLength(2);
    const [core, view] = hinted.map(asset);
    expect(await get(entry ?? '')).toContain(core);
    expect(await get(hinted[0] ?? '')).toContain(view);
    expect(await get(entry ?? '')).not.toMatch(/^\/\/# allFunctionsCalledOnLoad/);
  });

  it('asks for four files before its first render: its first script, the core, the view, the stylesheet', async () => {
    const { scripts, preloaded, stylesheets } = await builtPage();
    const [entry, ...otherScripts] = scripts;
    expect(otherScripts).toEqual([]);
    expect(preloaded).toHaveLength(2);
    expect(stylesheets).toHaveLength(1);
    // No script waits for a chunk the page does not already ask for: the first script imports
    // nothing, the core only the first script, the view those two.
    const [core, view] = preloaded;
    expect(staticImports(await get(entry ?? ''))).toEqual([]);
    expect(staticImports(await get(core ?? ''))).toEqual([asset(entry ?? '')]);
    expect(staticImports(await get(view ?? '')).sort()).toEqual(
      [asset(entry ?? ''), asset(core ?? '')].sort(),
    );
    // The core holds no UI code: Preact (its hooks' state lives on `__H`) is in the view.
    expect(await get(core ?? '')).not.toContain('__H');
    expect(await get(view ?? '')).toContain('__H');
  });
});
