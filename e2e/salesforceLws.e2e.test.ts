// The Salesforce walk-through inside Lightning Web Security's membrane: the built static
// resource evaluated by @locker/near-membrane-dom in chromium against the loopback simulator.
// Inside the membrane React's style prop is lost (see shared/src/ui/dom/inlineStyles.ts);
// this test caught the empty transcript that caused, and keeps the whole flow honest there.
import type { Page } from 'playwright-core';
import { agentView, gone, shows } from './harness/locators';
import { chooseWrapupCode } from './harness/agentSteps';
import { describeInBrowser } from './harness/describeInBrowser';
import { SEED_IDS, startE2eSession, type E2eSession } from './harness/e2eSession';
import { namesFor } from './harness/names';
import { startLwsPage, type LwsPage } from './salesforce/lwsPage';

describeInBrowser('the Salesforce bundle inside the LWS membrane', () => {
  let e2e: E2eSession;
  let lws: LwsPage;
  const names = namesFor('en');

  beforeAll(async () => {
    e2e = await startE2eSession();
    lws = await startLwsPage(e2e.demo.simulator.url);
    // The client signs in with the simulator's picker from the Lightning page's own origin:
    // the simulator is told to trust it, as a deployment would be.
    e2e.demo.simulator.trustOrigins(new URL(lws.url).origin);
  });
  afterAll(async () => {
    await lws.close();
    await e2e.close();
  });

  async function crmCalls(page: Page, kind: string): Promise<unknown[]> {
    const texts = await page.locator(`#crm-calls li[data-kind="${kind}"]`).allTextContents();
    return texts.map((text) => JSON.parse(text) as unknown);
  }

  it('signs in, picks up, shows the transcript, replies, wraps up and logs the chat', async () => {
    const page = await lws.open(e2e.browser, { membrane: true });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const view = agentView(page, names);

    await page.getByRole('radio', { name: /Alex Morgan/ }).check();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await shows(view.list, 'the interaction list');
    await page
      .getByRole('combobox', { name: names.text('status.presence'), exact: true })
      .selectOption({ label: names.text('presence.On Queue') });

    const customer = 'Pat Lee';
    const cid = await e2e.startChat(customer, SEED_IDS.queueSupport, 'My parcel is lost.');
    const alerting = view.row(customer, names.text('state.alerting'));
    await shows(alerting, 'the alerting row');
    await view.button(alerting, names.pickUp).click();
    const connected = view.row(customer, names.text('state.connected'));
    await view.button(connected, names.chat).click();

    // The bug: inside the membrane the log stayed an empty div.
    const log = page.getByRole('log', { name: names.text('transcript.label') });
    await shows(log.getByText('My parcel is lost.'), "the customer's first message");
    await view.reply.fill('Let me look for it.');
    await view.reply.press('Enter');
    await shows(log.getByText('Let me look for it.'), 'the reply in the transcript');
    await gone(log.getByText(names.text('transcript.sending')), 'the sending mark');
    const platformSide = await e2e.conversation(cid);
    expect(platformSide?.messageCount).toBeGreaterThanOrEqual(2);

    await view.button(view.row(customer), names.disconnect).click();
    await shows(view.wrapup, 'the wrap-up panel');
    await chooseWrapupCode(page, view, 'Resolved');
    await view.done.click();
    await gone(view.row(customer), 'the finished interaction');

    for (let i = 0; i < 150 && (await crmCalls(page, 'logInteraction')).length === 0; i += 1) {
      await page.waitForTimeout(100);
    }
    const logs = (await crmCalls(page, 'logInteraction')) as {
      wrapupCode: { name: string };
      transcript: { text: string }[];
    }[];
    expect(logs).toHaveLength(1);
    const [logged] = logs;
    expect(logged?.wrapupCode.name).toBe('Resolved');
    expect(logged?.transcript.map((line) => line.text)).toEqual(
      expect.arrayContaining(['My parcel is lost.', 'Let me look for it.']),
    );
    expect(errors).toEqual([]);
  });
});
