// Issue 17 for Zendesk: the install-wide settings are the installation's. A Zendesk admin
// (ZAF currentUser.role "admin") who is also a platform admin turns call logging on in the
// admin panel of one ticket sidebar; the app writes the installation's settings through the
// Support API (PUT /api/v2/apps/installations/{id}.json with `settings`, client.request), and
// the next chat, handled in another sidebar, is logged as an internal note. Before the
// change nothing is logged (call logging starts off), so the note proves the new value
// reached the running core. A workspace loaded afterwards registers with the saved value.
import type { BrowserContext, Page } from 'playwright-core';
import { OAUTH_CLIENT_IDS } from '@acd/mocks/engine/oauth/oauthClients';
import { describeInBrowser } from './harness/describeInBrowser';
import { SEED_IDS, startE2eSession, type E2eSession } from './harness/e2eSession';
import { agentView, gone, shows } from './harness/locators';
import { LANGUAGES, namesFor } from './harness/names';
import { signInWithPopup } from './harness/popupSignIn';
import {
  appFrame,
  missingBuild,
  startZendeskWorkspace,
  zafHost,
  type ZendeskWorkspace,
} from './zendesk/zendeskWorkspace';

const TESS = { id: 7003, name: 'Tess Settings', email: 'tess.settings@example.com' };
const TESS_TICKET = 103;
const INSTALLATION_URL = '/api/v2/apps/installations/2000002.json';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeInBrowser.each(LANGUAGES)(
  'Zendesk: an admin saves the installation’s settings (%s)',
  (language) => {
    const names = namesFor(language);
    const t = names.text;
    let e2e: E2eSession;
    let workspace: ZendeskWorkspace;
    let context: BrowserContext;
    let page: Page;
    const appErrors: string[] = [];

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
          callLogging: false,
          autoAnswer: false,
          ringingDefault: true,
        },
        currentUser: {
          id: 1,
          name: 'Casey Admin',
          email: 'casey.admin@example.com',
          locale: language === 'ja' ? 'ja' : 'en-US',
          role: 'admin',
        },
        users: [TESS],
        tickets: [
          {
            id: 101,
            subject: 'Ticket 101',
            status: 'open' as const,
            requester_id: 7002,
            created_at: '2024-05-01T10:00:00Z',
            requester: { id: 7002, name: 'Sam Other', email: 'sam.other@example.com' },
          },
          {
            id: TESS_TICKET,
            subject: 'Settings for everyone',
            status: 'open' as const,
            requester_id: TESS.id,
            created_at: '2024-05-03T10:00:00Z',
            requester: TESS,
          },
        ],
      });
      context = await e2e.browser.newContext({
        locale: language === 'ja' ? 'ja-JP' : 'en-US',
        viewport: { width: 900, height: 1000 },
      });
      page = await context.newPage();
      page.on('pageerror', (error) => appErrors.push(error.message));
      await page.goto(workspace.zendeskUrl);
    });
    afterAll(async () => {
      await context.close().catch(() => undefined);
      await workspace.close();
      await e2e.close();
    });

    it('turns call logging on for everyone; another sidebar’s client logs the next chat', async () => {
      const host = zafHost(page);
      await host.open('background');
      const adminSidebar = await host.open('ticket_sidebar', 101);
      const otherSidebar = await host.open('ticket_sidebar', TESS_TICKET);
      await host.activate(adminSidebar);
      const admin = agentView(appFrame(page, adminSidebar), names);
      const other = agentView(appFrame(page, otherSidebar), names);
      await signInWithPopup(page, appFrame(page, adminSidebar), language, 'Casey Admin');
      await shows(admin.list, 'the list in the admin’s sidebar');
      await shows(other.list, 'the list in the other sidebar');

      const settings = appFrame(page, adminSidebar).getByRole('region', {
        name: t('admin.settings'),
        exact: true,
      });
      const logging = settings.getByRole('checkbox', { name: t('settings.callLogging') });
      await shows(logging, 'the call logging checkbox');
      expect(await logging.isChecked()).toBe(false);
      // The SLDS checkbox draws its box in the label, over the input: the agent clicks that.
      await settings.locator('label', { hasText: t('settings.callLogging') }).click();
      expect(await logging.isChecked()).toBe(true);
      await settings.getByRole('button', { name: t('admin.installSave'), exact: true }).click();
      await shows(settings.getByRole('status'), 'saved');
      expect(await settings.getByRole('status').innerText()).toBe(t('admin.installSaved'));

      // What went to Zendesk: the documented update, with the three parameters.
      const puts = workspace.support.calls.filter(
        (c) => c.method === 'PUT' && c.url === INSTALLATION_URL,
      );
      expect(puts).toEqual([
        {
          method: 'PUT',
          url: INSTALLATION_URL,
          body: { settings: { callLogging: true, autoAnswer: false, ringingDefault: true } },
          status: 200,
        },
      ]);
      expect(workspace.support.installation.settings.callLogging).toBe(true);
      expect(workspace.support.installation.settings.platformBaseUrl).toBe(e2e.demo.simulator.url);

      // The next chat, handled in the other sidebar, is logged on the customer's ticket.
      await e2e.setPresence(SEED_IDS.adminCasey, 'On Queue');
      await e2e.startChat(TESS.name, SEED_IDS.queueSupport, 'Is logging on now?');
      const alerting = other.row(TESS.name, t('state.alerting'));
      await shows(alerting, 'the chat alerting in the other sidebar');
      await other.button(alerting, names.pickUp).click();
      await shows(other.row(TESS.name, t('state.connected')), 'connected');
      await other.button(other.row(TESS.name), names.disconnect).click();
      await shows(other.wrapup, 'the wrap-up panel');
      await other.wrapupCode.click();
      await other.wrapupCode.fill('Res');
      await appFrame(page, otherSidebar)
        .getByRole('option', { name: 'Resolved', exact: true })
        .click();
      await other.done.click();
      await gone(other.row(TESS.name), 'the released chat');
      const notes = () =>
        [...workspace.support.comments.entries()].flatMap(([ticket, list]) =>
          list.map((note) => ({ ticket, isPublic: note.public })),
        );
      const deadline = Date.now() + 20_000;
      while (notes().length === 0 && Date.now() < deadline) await sleep(150);
      expect(notes()).toEqual([{ ticket: TESS_TICKET, isPublic: false }]);

      // A Zendesk tab loaded now registers the app with the saved value.
      const later = await context.newPage();
      await later.goto(workspace.zendeskUrl);
      const registered = await later.evaluate(
        () =>
          (
            JSON.parse(document.getElementById('zaf-host-config')?.textContent ?? '{}') as {
              metadata: { settings: Record<string, unknown> };
            }
          ).metadata.settings.callLogging,
      );
      expect(registered).toBe(true);
      await later.close();
      expect(appErrors).toEqual([]);
    });
  },
);
