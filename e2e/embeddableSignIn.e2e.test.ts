// Issues 11 and 18.3 for the Embeddable Framework host, in chromium against the loopback
// simulator, in English and Japanese: the example CRM embeds the client with
// `signIn: "oauth"`; the agent signs in inside the frame through the core's SignIn (the
// platform's login in a popup, callback.html beside the client, PKCE), with the OAuth client
// framework.js lists for the login host. No /sim/login anywhere. Sign-out asks first when
// unsent work would be lost, revokes the token and forgets the agent's stored work.
import type { Frame, Page } from 'playwright-core';
import { embedText } from '@acd/shared/embed';
import type { ExampleCrm } from '../scripts/embeddable/exampleCrmServer';
import { walkTokenExpiry } from './harness/tokenExpiry';
import { describeInBrowser } from './harness/describeInBrowser';
import { SEED_IDS, startE2eSession, type E2eSession } from './harness/e2eSession';
import { agentView, shows } from './harness/locators';
import { LANGUAGES, namesFor } from './harness/names';
import { answerLoginPage, signInButtonName } from './harness/platformLogin';
import { openSignInPopup, popupClosed } from './harness/popupSignIn';
import { openCrm, removeBuiltClient, startCrm } from './embeddable/exampleCrmSession';
import { eventuallyEqual } from './harness/eventually';
import { armFault, NO_FAULT } from './harness/simFaults';

jest.setTimeout(180_000);

/** The id the example framework.js lists under config.clientIds for 127.0.0.1. */
const EXAMPLE_CLIENT_ID = 'example-crm-embeddable';

// The client this file built goes with it, after every block below.
afterAll(removeBuiltClient);

describeInBrowser.each(LANGUAGES)(
  'signing in and out inside the Embeddable Framework frame (%s)',
  (language) => {
    let e2e: E2eSession;
    let crm: ExampleCrm;
    const names = namesFor(language);
    const say = (key: Parameters<typeof embedText>[1]) => embedText(language, key);

    beforeAll(async () => {
      e2e = await startE2eSession();
      crm = await startCrm(e2e.demo.simulator, {
        configJson: (defaults) => JSON.stringify({ ...defaults, signIn: 'oauth' }),
      });
      // The deployer registers the client with callback.html as its redirect URI (a loopback
      // one, registered without a port, matches any port: RFC 8252 section 7.3).
      const registered = await fetch(`${e2e.demo.simulator.url}/sim/oauth-clients`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: EXAMPLE_CLIENT_ID,
          name: 'Example CRM (Embeddable Framework)',
          grantTypes: ['CODE'],
          redirectUris: ['http://127.0.0.1/callback.html'],
        }),
      });
      // 409: the other language's run registered it on this simulator already.
      expect([201, 409]).toContain(registered.status);
    });
    afterAll(async () => {
      await crm.close();
      await e2e.close();
    });

    const usersMe = (token: string) =>
      fetch(`${e2e.demo.simulator.url}/api/v2/users/me`, {
        headers: { authorization: `Bearer ${token}` },
      });

    function clientFrame(page: Page): Frame {
      const frame = page.frames().find((f) => f.url().startsWith(crm.clientUrl));
      if (frame === undefined) throw new Error('the client frame is not in the CRM page');
      return frame;
    }

    it('signs in through the popup and callback page, then signs out leaving nothing', async () => {
      const context = await e2e.browser.newContext({
        locale: language === 'ja' ? 'ja-JP' : 'en-US',
        viewport: { width: 1200, height: 900 },
      });
      const simulatorCalls: string[] = [];
      context.on('request', (request) => {
        if (request.url().startsWith(e2e.demo.simulator.url)) simulatorCalls.push(request.url());
      });
      const page = await context.newPage();
      await page.goto(crm.crmUrl);
      const frame = page.frameLocator('#agent-frame');
      const view = agentView(frame, names);

      // The platform's login opens in its own window from the frame's button.
      const popupOpened = page.waitForEvent('popup');
      await frame.getByRole('button', { name: signInButtonName(language) }).click();
      const popup = await popupOpened;
      await answerLoginPage(popup, language, 'allow');
      await popupClosed(popup);
      await shows(view.list, 'the interaction list after the sign-in');
      expect(simulatorCalls.some((url) => url.includes('/oauth/authorize?'))).toBe(true);
      expect(simulatorCalls.some((url) => url.includes('/oauth/token'))).toBe(true);
      expect(simulatorCalls.filter((url) => url.includes('/sim/login'))).toEqual([]);

      const token = await clientFrame(page).evaluate(() => {
        const saved = JSON.parse(sessionStorage.getItem('acd-agent:session') ?? 'null') as {
          accessToken?: string;
        } | null;
        return saved?.accessToken ?? '';
      });
      expect((await usersMe(token)).status).toBe(200);

      // A connected chat with a reply typed, not sent: unsent work.
      await e2e.setPresence(SEED_IDS.agentAlex, 'On Queue');
      const customer = language === 'ja' ? '森 さん' : 'Mia Frame';
      await e2e.startChat(customer, SEED_IDS.queueSupport, 'Hi');
      const alerting = view.row(customer, names.text('state.alerting'));
      await shows(alerting, 'the alerting chat');
      await view.button(alerting, names.pickUp).click();
      await shows(view.row(customer, names.text('state.connected')), 'the connected chat');
      await view.button(view.row(customer), names.chat).click();
      await view.reply.fill('a draft with customer data');
      const storedWork = () =>
        clientFrame(page).evaluate(() =>
          Object.keys(localStorage).filter((k) => /:(drafts|wrapup|outbox|crm)$/.test(k)),
        );
      await eventuallyEqual(async () => (await storedWork()).length > 0, true);

      // Asked first; dismissing keeps the agent signed in with everything.
      const signOut = frame.getByRole('button', { name: say('signIn.signOut') });
      const asked: string[] = [];
      page.once('dialog', (dialog) => {
        asked.push(dialog.message());
        void dialog.dismiss();
      });
      await signOut.click();
      await shows(view.row(customer, names.text('state.connected')), 'the chat, kept');
      expect(asked).toEqual([say('page.signOutWarning')]);
      expect((await usersMe(token)).status).toBe(200);

      // Accepting signs out: the token is revoked, the stored work gone, the sign-in back.
      page.once('dialog', (dialog) => void dialog.accept());
      await signOut.click();
      await shows(
        frame.getByRole('button', { name: signInButtonName(language) }),
        'the sign-in again',
      );
      // Nothing of the agent who left stays under it: no Sign out, no call-log links.
      expect(await signOut.count()).toBe(0);
      await eventuallyEqual(async () => (await usersMe(token)).status, 401);
      expect(simulatorCalls.some((url) => url.endsWith('/api/v2/tokens/me'))).toBe(true);
      expect(await storedWork()).toEqual([]);
      expect(
        await clientFrame(page).evaluate(() => sessionStorage.getItem('acd-agent:session')),
      ).toBeNull();
      expect(simulatorCalls.filter((url) => url.includes('/sim/login'))).toEqual([]);
      await context.close();
    });

    it('says why when the platform does not give the session, and signs in anew from there', async () => {
      const { context, page, frame } = await openCrm(e2e, crm, language);
      const view = agentView(frame, names);
      // The session request fails past the client's retries (a platform outage).
      const armed = await armFault(e2e.demo.simulator.url, {
        status: 503,
        count: 8,
        method: 'GET',
        pathContains: '/users/me',
      });
      expect(armed.status).toBe(202);
      const signInButton = frame.getByRole('button', { name: signInButtonName(language) });
      let popupOpened = page.waitForEvent('popup');
      await signInButton.click();
      let popup = await popupOpened;
      await answerLoginPage(popup, language, 'allow');
      await popupClosed(popup);
      // Not a client that can never load: the sign-in again, saying why.
      const failed = embedText(language, 'signIn.failed', { detail: '' });
      await shows(frame.getByText(failed, { exact: false }), 'the failure above the sign-in');
      await shows(signInButton, 'the sign-in again');
      await armFault(e2e.demo.simulator.url, NO_FAULT);
      popupOpened = page.waitForEvent('popup');
      await signInButton.click();
      popup = await popupOpened;
      await answerLoginPage(popup, language, 'allow');
      await popupClosed(popup);
      await shows(view.list, 'the interaction list after signing in again');
      await context.close();
    });

    it('asks for a new sign-in in the frame when the token expires mid-chat; the reply typed meanwhile is sent once', async () => {
      const context = await e2e.browser.newContext({
        locale: language === 'ja' ? 'ja-JP' : 'en-US',
        viewport: { width: 1200, height: 900 },
      });
      await walkTokenExpiry({
        e2e,
        language,
        names,
        lifetimeSeconds: 25,
        openAndSignIn: async () => {
          const page = await context.newPage();
          await page.goto(crm.crmUrl);
          const frame = page.frameLocator('#agent-frame');
          const first = await openSignInPopup(page, frame, signInButtonName(language));
          await answerLoginPage(first, language, 'allow');
          await popupClosed(first);
          return { page, client: frame };
        },
        customer: language === 'ja' ? '期限 さん' : 'Eve Expiry',
        reply: language === 'ja' ? '確認いたします' : 'Let me check',
      });
      await context.close();
    });
  },
);
