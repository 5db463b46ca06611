// The Embeddable Framework host in chromium: the example CRM (its own origin) embeds the client
// (another origin) with the example framework.js, and the help article's walk-through runs
// through it in English and Japanese, driven partly from the CRM page's buttons.
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { embedText } from '@acd/shared/embed';
import { hostText } from '../embeddable/src/i18n/text';
import type { ExampleCrm } from '../scripts/embeddable/exampleCrmServer';
import { describeInBrowser } from './harness/describeInBrowser';
import { SEED_IDS, startE2eSession, type E2eSession } from './harness/e2eSession';
import { agentView, shows, staysAbsent } from './harness/locators';
import { LANGUAGES, namesFor } from './harness/names';
import type { Language } from '@acd/shared';
import { frameAxeViolations } from './embeddable/frameAxe';
import { openCrm, removeBuiltClient, startCrm } from './embeddable/exampleCrmSession';

jest.setTimeout(180_000);

async function signIn(frame: FrameLocator, language: Language) {
  await frame.getByRole('radio', { name: /Alex Morgan/ }).check();
  await frame
    .getByRole('button', { name: embedText(language, 'signIn.submit'), exact: true })
    .click();
}

function clientFrame(page: Page, crm: ExampleCrm): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(crm.clientUrl));
  if (frame === undefined) throw new Error('the client frame is not in the CRM page');
  return frame;
}

/** The CRM page's event log, as text lines. */
const crmEvents = (page: Page) => page.locator('#events li').allTextContents();

async function waitForEvent(page: Page, pattern: RegExp, what: string) {
  await shows(page.locator('#events li', { hasText: pattern }), what);
}

// The client this file built goes with it, after every block below.
afterAll(removeBuiltClient);

describeInBrowser.each(LANGUAGES)(
  'the Embeddable Framework client in the example CRM (%s)',
  (language) => {
    let e2e: E2eSession;
    let crm: ExampleCrm;
    const names = namesFor(language);
    const customer = language === 'ja' ? '田中 愛子' : 'Aiko Tanaka';
    const code = language === 'ja' ? '解決済み' : 'Resolved';

    beforeAll(async () => {
      e2e = await startE2eSession();
      crm = await startCrm(e2e.demo.simulator);
    });
    afterAll(async () => {
      await crm.close();
      await e2e.close();
    });

    it('pops, picks up and disconnects from the CRM, and logs the call once, retried after a refusal', async () => {
      const { page, frame } = await openCrm(e2e, crm, language);
      await signIn(frame, language);
      const view = agentView(frame, names);
      await shows(view.list, 'the interaction list in the frame');
      await waitForEvent(page, /client ready/, 'initialSetup run by the client');

      // The CRM's button goes On Queue through PureCloud.User.updateStatus.
      await page.getByRole('button', { name: 'Go On Queue' }).click();
      await waitForEvent(page, /UserAction status ON_QUEUE/, 'the UserAction status event');

      const { conversationId } = await e2e.sim.startChat({
        queueId: SEED_IDS.queueSupport,
        customerName: customer,
        customerEmail: 'aiko.tanaka@example.com',
        firstMessage: 'Hello',
      });

      // An alerting chat: screenPop with the customer's email and an Interaction add event; the
      // CRM opens its one matching contact and associates it.
      await waitForEvent(page, /screenPop aiko\.tanaka@example\.com/, 'screenPop with the email');
      await waitForEvent(
        page,
        new RegExp(`Interaction add ${customer}`),
        'the Interaction add event',
      );
      await shows(page.locator('#contact-C-001.opened'), 'the matching contact opened in the CRM');
      const alerting = view.row(customer, names.text('state.alerting'));
      await shows(alerting, 'the alerting chat in the client');
      expect(await frameAxeViolations(clientFrame(page, crm))).toEqual([]);

      // A message from an unexpected origin changes nothing, either way: a frame of another
      // origin inside the CRM page asks the client to pick up, and tells the CRM to log a call.
      await page.evaluate((url) => {
        const intruder = document.createElement('iframe');
        intruder.id = 'intruder';
        intruder.src = url;
        document.body.append(intruder);
      }, `${e2e.demo.simulator.url}/sim/state`);
      const intruder = await (await page.waitForSelector('#intruder')).contentFrame();
      if (intruder === null) throw new Error('the intruder frame did not load');
      await intruder.waitForLoadState();
      await intruder.evaluate(
        ({ id }) => {
          const client = window.parent.frames[0];
          client?.postMessage(
            { source: 'acd-crm', type: 'updateState', action: 'pickup', id },
            '*',
          );
          window.parent.postMessage(
            {
              source: 'acd-framework',
              type: 'processCallLog',
              data: {
                requestId: 99,
                eventName: 'interactionChanged',
                callLog: {},
                interaction: { name: 'intruder' },
              },
            },
            '*',
          );
        },
        { id: conversationId },
      );
      await staysAbsent(
        view.row(customer, names.text('state.connected')),
        'a pick-up ordered by another origin',
      );
      expect(await page.locator('#call-logs li').count()).toBe(0);

      // Pick up from the CRM page's button (PureCloud.Interaction.updateState pickup).
      await page.getByRole('button', { name: 'Pick up' }).click();
      await shows(view.row(customer, names.text('state.connected')), 'the chat connected');
      await waitForEvent(page, new RegExp(`Interaction connect ${customer}`), 'the connect event');

      // Disconnect from the CRM: disconnect, then acw; the CRM writes its record (LOG-1).
      await page.getByRole('button', { name: 'Disconnect' }).click();
      await waitForEvent(page, /Interaction acw/, 'the acw event');
      const events = await crmEvents(page);
      const disconnectAt = events.findIndex((line) => line.startsWith('Interaction disconnect'));
      const acwAt = events.findIndex((line) => line.startsWith('Interaction acw'));
      expect(disconnectAt).toBeGreaterThan(-1);
      expect(acwAt).toBeGreaterThan(disconnectAt);
      await waitForEvent(
        page,
        /processCallLog interactionDisconnected \(new\)/,
        'the first call log',
      );
      await shows(page.locator('#log-LOG-1'), 'the call-log record in the CRM');

      // Done with call logging on: the CRM refuses the first interactionACWCompleted; the agent
      // is told, the client retries, and the retry carries the id the first onSuccess returned.
      await page.getByRole('checkbox', { name: 'Refuse the next call log' }).check();
      await view.wrapupCode.click();
      await view.wrapupCode.fill(code.slice(0, 3));
      await frame.getByRole('option', { name: code, exact: true }).click();
      // Call logging is on (settings.enableCallLogs): the notes belong to the CRM's record.
      await staysAbsent(view.notes, 'a Notes field with call logging on', 200);
      await view.done.click();
      await waitForEvent(
        page,
        /processCallLog interactionACWCompleted refused/,
        'the refused call log',
      );
      await shows(
        frame.getByText(
          hostText(language, 'notice.callLogFailed', { detail: '' }).split('(')[0]?.trim() ?? '',
        ),
        'the refusal shown in the client',
      );
      await waitForEvent(
        page,
        /processCallLog interactionACWCompleted id LOG-1/,
        'the retried call log with the id',
      );
      await shows(frame.getByText(names.text('notice.crmLogged')), 'the logged confirmation');
      const logs = await page.locator('#call-logs li').allTextContents();
      expect(logs).toHaveLength(1);
      expect(logs[0]).toContain('interactionDisconnected, interactionACWCompleted');
      expect(logs[0]).toContain('contact Aiko Tanaka');

      // The record the CRM confirmed opens through openCallLog.
      await frame
        .getByRole('button', { name: hostText(language, 'callLogs.open', { customer }) })
        .click();
      await shows(page.getByText('Opened call log LOG-1'), 'openCallLog with the record id');
      expect(await frameAxeViolations(clientFrame(page, crm))).toEqual([]);
    });
  },
);

describeInBrowser(
  'the Embeddable Framework client when the deployment or the file is wrong',
  () => {
    let e2e: E2eSession;
    const names = namesFor('en');
    const servers: ExampleCrm[] = [];

    beforeAll(async () => {
      e2e = await startE2eSession();
    });
    afterAll(async () => {
      for (const server of servers) await server.close();
      await e2e.close();
    });

    const crmWith = async (options: Parameters<typeof startCrm>[1]) => {
      const server = await startCrm(e2e.demo.simulator, options);
      servers.push(server);
      return openCrm(e2e, server, 'en');
    };

    it('says in the frame that config.json is missing or broken, instead of a blank frame', async () => {
      const missing = await crmWith({ configJson: () => null });
      await shows(
        missing.frame.getByRole('alert').filter({ hasText: 'config.json could not be read' }),
        'the missing-config message',
      );
      const broken = await crmWith({ configJson: () => '{ "platformBaseUrl": 4 ' });
      await shows(
        broken.frame.getByRole('alert').filter({ hasText: 'config.json is not valid' }),
        'the broken-config message',
      );
    });

    it('refuses to run inside a CRM origin the deployer did not allow', async () => {
      const { frame } = await crmWith({
        configJson: (defaults) =>
          JSON.stringify({ ...defaults, allowedParentOrigins: ['https://crm.example.com'] }),
      });
      await shows(
        frame.getByRole('alert').filter({ hasText: 'may not run inside http://127.0.0.1' }),
        'the refused-parent message',
      );
      await staysAbsent(
        frame.getByRole('radio', { name: /Alex Morgan/ }),
        'a sign-in under a refused parent',
      );
    });

    it.each([
      ['a syntax error', 'window.Framework = { config: {', /could not be loaded/],
      ['no window.Framework', 'window.NotTheFramework = {};', /does not define window\.Framework/],
    ])(
      'gives a working client and a notice when framework.js has %s',
      async (_what, source, notice) => {
        const { frame, page } = await crmWith({ frameworkJs: () => source });
        await shows(frame.getByRole('alert').filter({ hasText: notice }), 'the framework notice');
        await signIn(frame, 'en');
        const view = agentView(frame, names);
        await shows(view.list, 'the interaction list without CRM features');
        await e2e.setPresence(SEED_IDS.agentAlex, 'On Queue');
        await e2e.startChat('Dana Fox', SEED_IDS.queueSupport, 'Hi');
        const alerting = view.row('Dana Fox', names.text('state.alerting'));
        await shows(alerting, 'the alerting chat');
        await view.button(alerting, names.pickUp).click();
        await shows(
          view.row('Dana Fox', names.text('state.connected')),
          'the chat picked up in the frame',
        );
        expect(await page.locator('#events li').count()).toBe(0);
        await e2e.reset();
      },
    );
  },
);
