// Issue 11 and 18.3 for the standalone page, in chromium against the loopback simulator, in
// English and Japanese: the platform's sign-in through /oauth/authorize (redirect, PKCE), a
// cancelled login, a tampered state and a redirect URI the client does not list each say so;
// a token that expires mid-chat asks for a new sign-in (popup + callback page) while the reply
// typed meanwhile waits, then is sent once; sign-out revokes the token and forgets the
// agent's stored work. No /sim/login here: every token comes from the platform's OAuth.
import type { Page } from 'playwright-core';
import { OAUTH_CLIENT_IDS } from '@acd/mocks/engine/oauth/oauthClients';
import { embedText } from '@acd/shared/embed';
import { walkTokenExpiry } from './harness/tokenExpiry';
import { describeInBrowser } from './harness/describeInBrowser';
import { SEED_IDS, startE2eSession, type E2eSession } from './harness/e2eSession';
import { agentView, gone, shows } from './harness/locators';
import { LANGUAGES, namesFor } from './harness/names';
import { answerLoginPage, signInButtonName } from './harness/platformLogin';
import { eventuallyEqual } from './harness/eventually';

/** Reads `probe` until it gives `expected` (the platform and storage settle asynchronously). */

describeInBrowser.each(LANGUAGES)('signing in with the platform (%s)', (language) => {
  let e2e: E2eSession;
  const names = namesFor(language);
  const say = (key: Parameters<typeof embedText>[1]) => embedText(language, key);

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

  const standalone = (clientId: string = OAUTH_CLIENT_IDS.standalone) => {
    const url = new URL('/standalone/', e2e.demo.url);
    url.searchParams.set('platform', e2e.demo.simulator.url);
    url.searchParams.set('lang', language);
    url.searchParams.set('signIn', 'oauth');
    url.searchParams.set('clientId', clientId);
    return url.toString();
  };

  async function openSignIn(clientId?: string): Promise<Page> {
    const context = await e2e.browser.newContext({
      locale: language === 'ja' ? 'ja-JP' : 'en-US',
      viewport: { width: 1100, height: 900 },
    });
    // closeClients() closes contexts the session made; this one is closed with its page.
    const page = await context.newPage();
    page.on('close', () => void context.close().catch(() => undefined));
    await page.goto(standalone(clientId));
    await page.getByRole('button', { name: signInButtonName(language) }).click();
    return page;
  }

  const savedToken = (page: Page) =>
    page.evaluate(() => {
      const saved = JSON.parse(sessionStorage.getItem('acd-agent:session') ?? 'null') as {
        accessToken?: string;
      } | null;
      return saved?.accessToken ?? '';
    });

  const usersMe = (token: string) =>
    fetch(new URL('/api/v2/users/me', e2e.demo.simulator.url), {
      headers: { authorization: `Bearer ${token}` },
    });

  it('signs in through the login page and comes back to the same page, query and all', async () => {
    const page = await openSignIn();
    await answerLoginPage(page, language, 'allow', language === 'ja' ? '山田 花子' : 'Alex Morgan');
    const view = agentView(page, names);
    await shows(view.list, 'the interaction list');
    const back = new URL(page.url());
    expect(back.pathname).toBe('/standalone/');
    expect(back.searchParams.get('lang')).toBe(language);
    expect(back.searchParams.get('code')).toBeNull();
    const me = (await (await usersMe(await savedToken(page))).json()) as { id: string };
    expect(me.id).toBe(language === 'ja' ? SEED_IDS.agentHanako : SEED_IDS.agentAlex);
    await page.close();
  });

  it('says so when the agent cancels on the login page', async () => {
    const page = await openSignIn();
    await answerLoginPage(page, language, 'cancel');
    await shows(page.getByText(say('signIn.cancelled')), 'the cancelled notice');
    await shows(
      page.getByRole('button', { name: signInButtonName(language) }),
      'the sign-in again',
    );
    await page.close();
  });

  it('refuses an answer whose state was tampered with', async () => {
    const page = await openSignIn();
    await page.waitForURL(/\/oauth\/authorize\?/);
    await page.locator('input[name="state"]').evaluate((input: HTMLInputElement) => {
      input.value = `${input.value}x`;
    });
    await answerLoginPage(page, language, 'allow');
    await shows(page.getByText(say('signIn.stateMismatch')), 'the state mismatch notice');
    await gone(agentView(page, names).list, 'the client');
    await page.close();
  });

  it('stops on the login page when the redirect URI is not the client’s', async () => {
    // The Salesforce client lists only the callback page, not the standalone page.
    const page = await openSignIn(OAUTH_CLIENT_IDS.salesforce);
    await page.waitForURL(/\/oauth\/authorize\?/);
    await shows(page.getByRole('alert'), 'the login page refusal');
    expect(await page.getByRole('alert').textContent()).toContain('is not registered');
    await page.close();
  });

  it('asks for a new sign-in when the token expires mid-chat; the reply typed meanwhile is sent once', async () => {
    const opened: Page[] = [];
    await walkTokenExpiry({
      e2e,
      language,
      names,
      lifetimeSeconds: 20,
      openAndSignIn: async () => {
        const page = await openSignIn();
        opened.push(page);
        await answerLoginPage(page, language, 'allow');
        return { page, client: page };
      },
      customer: language === 'ja' ? '佐藤 さん' : 'Pat Expiry',
      reply: language === 'ja' ? '少々お待ちください' : 'One moment please',
    });
    for (const page of opened) await page.close();
  });

  it('signs out: the token is revoked and the agent’s stored drafts are gone', async () => {
    const page = await openSignIn();
    await answerLoginPage(page, language, 'allow');
    const view = agentView(page, names);
    await shows(view.list, 'the interaction list');
    await e2e.setPresence(SEED_IDS.agentAlex, 'On Queue');
    const customer = language === 'ja' ? '田中 さん' : 'Sam Signout';
    await e2e.startChat(customer, SEED_IDS.queueSupport, 'Hi');
    const alerting = view.row(customer, names.text('state.alerting'));
    await shows(alerting, 'the alerting chat');
    await view.button(alerting, names.pickUp).click();
    await shows(view.row(customer, names.text('state.connected')), 'the connected chat');
    await view.button(view.row(customer), names.chat).click();
    await view.reply.fill('a draft with customer data');
    await eventuallyEqual(
      async () =>
        (await page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(':drafts'))))
          .length,
      1,
    );
    const token = await savedToken(page);

    // Unsent work: the agent is asked first; dismissing keeps everything.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: say('signIn.signOut') }).click();
    await shows(view.list, 'the client, kept');
    expect((await usersMe(token)).status).toBe(200);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: say('signIn.signOut') }).click();
    await shows(page.getByRole('button', { name: signInButtonName(language) }), 'the sign-in');
    await eventuallyEqual(async () => (await usersMe(token)).status, 401);
    const stored = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => /:(drafts|wrapup|outbox|crm)$/.test(k)),
    );
    expect(stored).toEqual([]);
    await page.close();
  });
});
