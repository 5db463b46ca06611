// Issues 11 and 18.3 for the CRM hosts, in chromium against the loopback simulator, in English
// and Japanese: the Salesforce bundle inside the LWS membrane and the Zendesk app through the
// real ZAF SDK each sign in with the platform's login in a popup that comes back to the
// callback page (postMessage to the opener's origin; nothing reads the popup's address). A
// blocked popup, a cancelled login, a tampered state and a redirect URI the client does not
// list each say so; sign-out asks first when work would be lost, revokes the token and
// forgets the agent's stored work. No /sim/login: every token comes from /oauth/token.
import type { FrameLocator, Page } from 'playwright-core';
import type { WebChatMessageEntityList } from '@acd/shared';
import { OAUTH_CLIENT_IDS } from '@acd/mocks/engine/oauth/oauthClients';
import { embedText } from '@acd/shared/embed';
import { salesforceHost, zendeskHost, type CrmHost, type OpenedHost } from './crmSignIn/crmHosts';
import { walkTokenExpiry } from './harness/tokenExpiry';
import { describeInBrowser } from './harness/describeInBrowser';
import { SEED_IDS, startE2eSession, type E2eSession } from './harness/e2eSession';
import { agentView, gone, shows } from './harness/locators';
import { LANGUAGES, namesFor } from './harness/names';
import { answerLoginPage, signInButtonName } from './harness/platformLogin';
import {
  blockFirstPopup,
  openSignInPopup,
  recordTokens,
  signInWithPopup,
} from './harness/popupSignIn';
import { eventuallyEqual } from './harness/eventually';
import {
  armFault as armSimFault,
  NO_FAULT,
  refuseNextSend,
  type SimFault,
} from './harness/simFaults';

const HOSTS = ['Salesforce', 'Zendesk'] as const;
const CASES = HOSTS.flatMap((host) => LANGUAGES.map((language) => [host, language] as const));

describeInBrowser.each(CASES)('%s: the platform sign-in in a popup (%s)', (hostName, language) => {
  let e2e: E2eSession;
  let host: CrmHost;
  const opened: OpenedHost[] = [];
  const names = namesFor(language);
  const say = (key: Parameters<typeof embedText>[1]) => embedText(language, key);
  const agentName = language === 'ja' ? '山田 花子' : 'Alex Morgan';
  const agentId = language === 'ja' ? SEED_IDS.agentHanako : SEED_IDS.agentAlex;
  const clientId =
    hostName === 'Salesforce' ? OAUTH_CLIENT_IDS.salesforce : OAUTH_CLIENT_IDS.zendesk;

  beforeAll(async () => {
    e2e = await startE2eSession();
    host =
      hostName === 'Salesforce' ? await salesforceHost(e2e, language) : zendeskHost(e2e, language);
  });
  afterEach(async () => {
    for (const one of opened.splice(0)) await one.context.close().catch(() => undefined);
    await host.closeOpened();
    await e2e.reset();
  });
  afterAll(async () => {
    await host.dispose();
    await e2e.close();
  });

  async function open(options: Parameters<CrmHost['open']>[0] = { clientId }) {
    const one = await host.open(options);
    opened.push(one);
    return one;
  }

  const usersMe = (token: string) =>
    fetch(new URL('/api/v2/users/me', e2e.demo.simulator.url), {
      headers: { authorization: `Bearer ${token}` },
    });

  const signInButton = (scope: Page | FrameLocator) =>
    scope.getByRole('button', { name: signInButtonName(language), exact: true });

  it('signs in through the popup and the callback page; every view has the session', async () => {
    const app = await open();
    const tokens = recordTokens(app.context);
    await signInWithPopup(app.page, app.client, language, agentName);
    await shows(agentView(app.client, names).list, 'the interaction list');
    if (app.otherView !== null) {
      // The token is shared by the app's views: the other sidebar is signed in too.
      await shows(agentView(app.otherView, names).list, 'the list in the other sidebar');
      expect(await signInButton(app.otherView).count()).toBe(0);
    }
    await eventuallyEqual(() => Promise.resolve(tokens.length), 1);
    const me = (await (await usersMe(tokens[0] ?? '')).json()) as { id: string };
    expect(me.id).toBe(agentId);
  });

  it('a blocked popup says so, and Try again (a new click) opens it', async () => {
    const app = await open({ clientId, beforeLoad: blockFirstPopup });
    await signInButton(app.client).click();
    await shows(app.client.getByRole('alert').getByText(say('signIn.blocked')), 'the notice');
    const popup = await openSignInPopup(app.page, app.client, say('signIn.retry'));
    await answerLoginPage(popup, language, 'allow', agentName);
    await shows(agentView(app.client, names).list, 'the interaction list after the retry');
  });

  it('says so when the agent cancels on the login page', async () => {
    const app = await open();
    const popup = await openSignInPopup(app.page, app.client, signInButtonName(language));
    await answerLoginPage(popup, language, 'cancel');
    await shows(app.client.getByText(say('signIn.cancelled')), 'the cancelled notice');
    await shows(
      app.client.getByRole('button', { name: say('signIn.retry'), exact: true }),
      'the way to try again',
    );
    await gone(agentView(app.client, names).list, 'the client');
  });

  it('refuses an answer whose state was tampered with', async () => {
    const app = await open();
    const popup = await openSignInPopup(app.page, app.client, signInButtonName(language));
    await popup.waitForURL(/\/oauth\/authorize\?/);
    // Another nonce, the same opener origin: the callback page still posts it to this client.
    await popup.locator('input[name="state"]').evaluate((input: HTMLInputElement) => {
      input.value = `${input.value.startsWith('A') ? 'B' : 'A'}${input.value.slice(1)}`;
    });
    await answerLoginPage(popup, language, 'allow');
    await shows(app.client.getByText(say('signIn.stateMismatch')), 'the state mismatch notice');
    await gone(agentView(app.client, names).list, 'the client');
  });

  it('stops on the login page when the callback page is not a redirect URI of the client', async () => {
    // The extension's client lists only its own callback, not the deployer's callback page.
    const app = await open({ clientId: OAUTH_CLIENT_IDS.extension });
    const popup = await openSignInPopup(app.page, app.client, signInButtonName(language));
    await popup.waitForURL(/\/oauth\/authorize\?/);
    await shows(popup.getByRole('alert'), 'the login page refusal');
    expect(await popup.getByRole('alert').textContent()).toContain('is not registered');
    // The agent closes it: the client says the sign-in did not finish.
    await popup.close();
    await shows(app.client.getByText(say('signIn.cancelled')), 'the notice in the client');
  });

  const armFault = (fault: SimFault) => armSimFault(e2e.demo.simulator.url, fault);

  it('asks for a new sign-in when the token expires mid-chat; the reply typed meanwhile is sent once', async () => {
    await walkTokenExpiry({
      e2e,
      language,
      names,
      lifetimeSeconds: 25,
      openAndSignIn: async () => {
        const app = await open();
        await signInWithPopup(app.page, app.client, language, agentName);
        return { page: app.page, client: app.client };
      },
      agentId,
      agentName,
      customer: language === 'ja' ? '佐藤 さん' : 'Pat Expiry',
      reply: language === 'ja' ? '少々お待ちください' : 'One moment please',
    });
  });

  it('signs out: asks first, then the token is revoked and the stored draft, wrap-up, outbox and CRM state are gone', async () => {
    const app = await open();
    const tokens = recordTokens(app.context);
    await signInWithPopup(app.page, app.client, language, agentName);
    const view = agentView(app.client, names);
    await shows(view.list, 'the interaction list');
    await e2e.setPresence(agentId, 'On Queue');
    // A connected chat (below: a reply the platform holds back, the stored outbox; a draft;
    // the screen pop's result, the stored CRM state). Taken first: an agent in wrap-up gets no
    // new chat routed.
    const customer = language === 'ja' ? '田中 さん' : 'Sam Signout';
    const cid = await e2e.startChat(customer, SEED_IDS.queueSupport, 'Hi');
    const alerting = view.row(customer, names.text('state.alerting'));
    await shows(alerting, 'the alerting chat');
    await view.button(alerting, names.pickUp).click();
    await shows(view.row(customer, names.text('state.connected')), 'the connected chat');
    // A chat in wrap-up with a note typed (the stored wrap-up).
    const ended = language === 'ja' ? '鈴木 さん' : 'Wren Wrapup';
    await e2e.startChat(ended, SEED_IDS.queueSupport, 'Thanks, bye');
    const endedAlerting = view.row(ended, names.text('state.alerting'));
    await shows(endedAlerting, 'the second alerting chat');
    await view.button(endedAlerting, names.pickUp).click();
    await shows(view.row(ended, names.text('state.connected')), 'the second connected chat');
    await view.button(view.row(ended), names.disconnect).click();
    await shows(view.notes, 'Notes of the ended chat');
    await view.notes.fill('a wrap-up note with customer data');
    await view.button(view.row(customer), names.chat).click();
    const heldBack = 'a reply the platform holds back';
    await view.reply.fill(heldBack);
    // The platform answers the send (and only the send) 429 with a long Retry-After, so the
    // reply waits in the outbox; then the fault is disarmed (count 0). Aimed at the send, the
    // fault cannot be used up by the client's other calls first (typing, the wrap-up note
    // saved to the participant's attributes), which let the reply go through now and then.
    expect((await armFault(refuseNextSend(600))).status).toBe(202);
    const refused = app.page.waitForResponse(
      (r) => r.request().postData()?.includes(heldBack) === true && r.status() === 429,
    );
    await view.send.click();
    await refused;
    const storedKinds = () =>
      app.storageFrame().evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => /:(drafts|wrapup|outbox|crm)$/.test(k))
          .filter((k) => (JSON.parse(localStorage.getItem(k) ?? '[]') as unknown[]).length > 0)
          .map((k) => k.slice(k.lastIndexOf(':') + 1))
          .sort(),
      );
    await eventuallyEqual(async () => (await storedKinds()).includes('outbox'), true);
    await armFault(NO_FAULT);
    await view.reply.fill('a draft with customer data');
    const storedWork = () =>
      app
        .storageFrame()
        .evaluate(() =>
          Object.keys(localStorage).filter((k) => /:(drafts|wrapup|outbox|crm)$/.test(k)),
        );
    await eventuallyEqual(storedKinds, ['crm', 'drafts', 'outbox', 'wrapup']);
    await eventuallyEqual(() => Promise.resolve(tokens.length), 1);
    const token = tokens[0] ?? '';
    const signOut = app.client.getByRole('button', { name: say('signIn.signOut'), exact: true });

    // Unsent work: the agent is asked first; dismissing keeps everything.
    app.page.once('dialog', (dialog) => void dialog.dismiss());
    await signOut.click();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await shows(view.row(customer, names.text('state.connected')), 'the chat, kept');
    expect((await usersMe(token)).status).toBe(200);

    app.page.once('dialog', (dialog) => void dialog.accept());
    await signOut.click();
    await shows(signInButton(app.client), 'the sign-in');
    if (app.otherView !== null)
      await shows(signInButton(app.otherView), 'the sign-in in the other view');
    await eventuallyEqual(async () => (await usersMe(token)).status, 401);
    expect(await storedWork()).toEqual([]);
    // The held-back reply was forgotten with the outbox, not sent by anyone.
    const sent = await e2e.platform<WebChatMessageEntityList>(
      agentId,
      'GET',
      `/api/v2/conversations/chats/${cid}/messages`,
    );
    expect(sent.entities.map((m) => m.body)).not.toContain(heldBack);
  });
});
