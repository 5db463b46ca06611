// Issues 11, 15 and 18.3 for the extension, in Debian's chromium with the Chrome build loaded
// unpacked, against the loopback simulator's OAuth: the panel signs in through the core's
// SignIn with identity.launchWebAuthFlow (PKCE, redirect identity.getRedirectURL(), i.e.
// https://<extension id>.chromiumapp.org/), no /sim/login; sign-out asks first, revokes the
// token and leaves the sign-in.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  chromium,
  type BrowserContext,
  type Locator,
  type Page,
  type Worker,
} from 'playwright-core';
import { startLoopbackServer, type LoopbackServer } from '@acd/mocks/server/loopbackServer';
import { SEED_IDS } from '@acd/mocks/engine/seedData';
import { embedText } from '@acd/shared/embed';
import { createSimulatorControl } from '../apps/demo/simulatorControl';
import { goOnQueue } from './harness/presence';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness/chromium';
import { describeInBrowser } from './harness/describeInBrowser';
import { agentView, gone, shows } from './harness/locators';
import { LANGUAGES, namesFor } from './harness/names';
import { answerLoginPage, signInButtonName } from './harness/platformLogin';
import { eventually } from './harness/eventually';

const chromeBuild = path.resolve(__dirname, '../extension/dist/chrome');
const CLIENT_ID = 'extension-e2e';

describeInBrowser.each(LANGUAGES)('the extension signs in and out (%s)', (language) => {
  const names = namesFor(language);
  const customer = language === 'ja' ? '高橋 海' : 'Kai Lock';
  let sim: LoopbackServer;
  let context: BrowserContext;
  let worker: Worker;
  let profile: string;
  let extensionId: string;
  const simulatorCalls: string[] = [];

  beforeAll(async () => {
    sim = await startLoopbackServer({ port: 0 });
    profile = mkdtempSync(path.join(os.tmpdir(), 'acd-extension-signin-'));
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
    context.on('request', (request) => {
      if (request.url().startsWith(sim.url)) simulatorCalls.push(request.url());
    });
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    sim.trustOrigins(`chrome-extension://${extensionId}`);
    // The admin registers the extension's redirect URI for its OAuth client.
    const registered = await fetch(`${sim.url}/sim/oauth-clients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: CLIENT_ID,
        name: 'ACD Chat extension (test)',
        grantTypes: ['CODE'],
        redirectUris: [`https://${extensionId}.chromiumapp.org/`],
      }),
    });
    expect(registered.status).toBe(201);
    await worker.evaluate(
      async (settings) => {
        const api = (
          globalThis as unknown as {
            chrome: { storage: { local: { set(i: object): Promise<void> } } };
          }
        ).chrome;
        await api.storage.local.set({ settings });
      },
      { platformBaseUrl: sim.url, signIn: 'pkce', oauthClientId: CLIENT_ID, language },
    );
  }, 60_000);

  afterAll(async () => {
    await context.close().catch(() => undefined);
    await sim.close();
    rmSync(profile, { recursive: true, force: true });
  });

  const openPanel = async (): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/panel/panel.html`);
    return page;
  };
  const sessionToken = () =>
    worker.evaluate(async () => {
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
  const usersMe = (token: string) =>
    fetch(`${sim.url}/api/v2/users/me`, { headers: { authorization: `Bearer ${token}` } });
  /** Clicks a sign-in button; Chrome opens the login in a window of its own. Returns it. */
  const openLogin = async (button: Locator) => {
    const loginOpened = context.waitForEvent('page');
    await button.click();
    const login = await loginOpened;
    await login.waitForURL(/\/oauth\/authorize\?/);
    return login;
  };
  /** The browser's own login window may not follow the test's locale: answered in its own. */
  const allowLogin = async (login: Page) => {
    const loginLanguage = (await login.evaluate(() => document.documentElement.lang)) === 'ja';
    await answerLoginPage(login, loginLanguage ? 'ja' : 'en', 'allow');
  };
  /** Puts the agent On Queue with `token` and starts a chat for them; its conversation id. */
  const onQueueWithChat = async (token: string, customerName: string, customerEmail: string) => {
    await goOnQueue(sim.url, token);
    const { conversationId } = await createSimulatorControl(sim.url).startChat({
      queueId: SEED_IDS.queueSupport,
      customerName,
      customerEmail,
      firstMessage: 'Hello',
    });
    return conversationId;
  };

  let first: Page;
  let second: Page;

  it('signs in through identity.launchWebAuthFlow with PKCE', async () => {
    first = await openPanel();
    second = await openPanel();
    const login = await openLogin(first.getByRole('button', { name: signInButtonName(language) }));
    const query = new URL(login.url()).searchParams;
    expect(query.get('redirect_uri')).toBe(`https://${extensionId}.chromiumapp.org/`);
    expect(query.get('client_id')).toBe(CLIENT_ID);
    expect(query.get('code_challenge_method')).toBe('S256');
    await allowLogin(login);
    await shows(agentView(first, names).list, 'the list after the sign-in');
    await shows(agentView(second, names).list, 'the list in the second panel');
    // The token came from the OAuth client's code exchange, not the simulator's shortcut.
    const token = await sessionToken();
    const info = await fetch(`${sim.url}/api/v2/tokens/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await info.json()) as { OAuthClient?: { id: string } }).OAuthClient?.id).toBe(
      CLIENT_ID,
    );
    expect(simulatorCalls.filter((url) => url.includes('/sim/login'))).toEqual([]);
    expect((await usersMe(token)).status).toBe(200);
  });

  it('asks for a new sign-in above the client when the token is revoked mid-chat; the reply waits and is sent once', async () => {
    const revokedToken = await sessionToken();
    const waiting = language === 'ja' ? '失効 さん' : 'Rae Revoke';
    const conversationId = await onQueueWithChat(revokedToken, waiting, 'rae@example.com');
    const view = agentView(first, names);
    const alerting = view.row(waiting, names.text('state.alerting'));
    await shows(alerting, 'the alerting chat');
    await view.button(alerting, names.pickUp).click();
    await shows(view.row(waiting, names.text('state.connected')), 'the connected chat');
    await view.button(view.row(waiting), names.chat).click();
    await shows(view.reply, 'the reply box');

    // The platform stops accepting the token (an admin revoked it, or it ran out).
    const revoked = await fetch(`${sim.url}/api/v2/tokens/me`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${revokedToken}` },
    });
    expect(revoked.ok).toBe(true);
    const reply = language === 'ja' ? '少々お待ちください' : 'One moment please';
    await view.reply.fill(reply);
    await view.send.click();

    const again = first.getByRole('region', { name: embedText(language, 'signIn.again') });
    await shows(again, 'the sign-in-again prompt above the client');
    await shows(again.getByText(embedText(language, 'signIn.expiredKeep')), 'why it is asked');
    await shows(view.row(waiting, names.text('state.connected')), 'the chat, still there');
    await allowLogin(
      await openLogin(again.getByRole('button', { name: signInButtonName(language) })),
    );
    await gone(again, 'the sign-in-again prompt');

    const renewed = await sessionToken();
    expect(renewed).not.toBe(revokedToken);
    const sentTimes = async () => {
      const answer = await fetch(
        `${sim.url}/api/v2/conversations/chats/${conversationId}/messages`,
        { headers: { authorization: `Bearer ${renewed}` } },
      );
      const list = (await answer.json()) as { entities: { body: string }[] };
      return list.entities.filter((message) => message.body === reply).length;
    };
    await eventually(sentTimes, (times) => times === 1, 'the reply, sent after the sign-in');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await sentTimes()).toBe(1);
    await shows(view.row(waiting, names.text('state.connected')), 'the chat after signing in');
    // Left as found: no chat open, so the next test's pick-up is not held behind this one (rule 6).
    await first.getByRole('button', { name: names.text('window.close') }).click();
    await gone(view.reply, 'the closed window');
  });

  it('signs out: asked first, the token revoked, the sign-in back', async () => {
    const token = await sessionToken();
    await onQueueWithChat(token, customer, 'kai@example.com');
    // A connected chat: unsent work, so the sign-out asks first.
    const view = agentView(second, names);
    const alerting = view.row(customer, names.text('state.alerting'));
    await shows(alerting, 'the alerting chat in the second panel');
    await view.button(alerting, names.pickUp).click();
    await shows(view.row(customer, names.text('state.connected')), 'the connected chat');

    const signOut = second.getByRole('button', { name: embedText(language, 'signIn.signOut') });
    second.once('dialog', (dialog) => void dialog.dismiss());
    await signOut.click();
    await shows(agentView(second, names).list, 'the client, kept');
    expect((await usersMe(token)).status).toBe(200);

    second.once('dialog', (dialog) => void dialog.accept());
    await signOut.click();
    await eventually(
      async () => (await usersMe(token)).status,
      (s) => s === 401,
      'revoked',
    );
    await shows(
      second.getByRole('button', { name: signInButtonName(language) }),
      'the sign-in again',
    );
    expect(await sessionToken()).toBe('');
    // Every panel reloads after a sign-out (main.tsx), so the page may be mid-reload here: read
    // again until the reloaded page answers.
    const stored = await eventually(
      () =>
        second
          .evaluate(() =>
            Object.keys(localStorage).filter((k) => /:(drafts|wrapup|outbox|crm)$/.test(k)),
          )
          .catch(() => undefined),
      (keys) => keys !== undefined,
      'the stored work after the reload',
    );
    expect(stored).toEqual([]);
  });
});
