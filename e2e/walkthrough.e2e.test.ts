// The help article's walk-through, in English and in Japanese: a chat alerts, the agent
// picks it up, opens it, answers the customer, disconnects and finishes the wrap-up. Each
// view is checked with axe and saved as a screenshot.
import { agentView, gone, present, shows, staysAbsent } from './harness/locators';
import { a11yAudit } from './harness/axe';
import { saveScreenshot } from './harness/artifacts';
import { chooseWrapupCode } from './harness/agentSteps';
import { describeInBrowser } from './harness/describeInBrowser';
import { SEED_IDS, startE2eSession, type E2eSession } from './harness/e2eSession';
import { LANGUAGES, namesFor } from './harness/names';

describeInBrowser.each(LANGUAGES)('the walk-through of the help article (%s)', (language) => {
  let e2e: E2eSession;
  const names = namesFor(language);
  const customer = language === 'ja' ? '佐藤 健' : 'Pat Lee';
  const code = language === 'ja' ? '解決済み' : 'Resolved';

  beforeAll(async () => {
    e2e = await startE2eSession();
  });
  afterAll(async () => {
    await e2e.close();
  });

  it('alerts, picks up, chats, disconnects and wraps up', async () => {
    const { page } = await e2e.openClient({ userId: SEED_IDS.agentAlex, language });
    const a11y = a11yAudit();
    const view = agentView(page, names);
    await shows(view.list, 'the interaction list');

    // The agent goes On Queue in the status bar, as they would at the start of a shift.
    await page
      .getByRole('combobox', { name: names.text('status.presence'), exact: true })
      .selectOption({ label: names.text('presence.On Queue') });
    // The platform has the new presence before the customer writes (the agent sees it set).
    const presence = async () =>
      (
        await e2e.platform<{ presenceDefinition: { systemPresence: string } }>(
          SEED_IDS.agentAlex,
          'GET',
          `/api/v2/users/${SEED_IDS.agentAlex}/presences/purecloud`,
        )
      ).presenceDefinition.systemPresence;
    for (let i = 0; i < 100 && (await presence()) !== 'On Queue'; i += 1) {
      await page.waitForTimeout(100);
    }
    expect(await presence()).toBe('On Queue');
    await e2e.startChat(customer, SEED_IDS.queueSupport, 'Hello, my order has not arrived.');

    // Rule 1: alerting, with the customer's name, the queue and Pick up; never auto-answered.
    const alerting = view.row(customer, 'Support', names.text('state.alerting'));
    await shows(alerting, 'the alerting row');
    await shows(view.button(alerting, names.pickUp), 'Pick up');
    await saveScreenshot(page, `list-alerting-${language}`);
    await a11y.check(page, 'list-alerting');
    await staysAbsent(view.row(customer, names.text('state.connected')), 'an automatic answer');

    // Rule 3: picked up, connected, still in the list with Chat, Transfer and Disconnect.
    await view.button(alerting, names.pickUp).click();
    const connected = view.row(customer, names.text('state.connected'));
    await shows(connected, 'the connected row');
    for (const action of [names.chat, names.transfer, names.disconnect]) {
      await shows(view.button(connected, action), action);
    }
    await saveScreenshot(page, `list-connected-${language}`);
    await a11y.check(page, 'list-connected');

    // Rule 4: Chat opens the window; the chat icon says the window is open.
    await view.button(connected, names.chat).click();
    await shows(view.reply, 'the reply box');
    await present(
      connected.getByText(names.text('marker.open'), { exact: true }),
      'the open marker',
    );
    await shows(page.getByText('Hello, my order has not arrived.'), "the customer's first message");

    // Rule 7: the customer's unread messages burst on the row; New message clears it.
    const cid = (await e2e.sim.conversations())[0]?.id ?? '';
    const firstBurst = view.row(customer, names.text('marker.unread', { count: 1 }));
    await shows(firstBurst, 'the burst of the first message');
    await saveScreenshot(page, `window-${language}`);
    await a11y.check(page, 'window');
    await view.newMessage.click();
    await gone(firstBurst, 'the burst after New message');

    // A new customer message bursts again; the agent's reply (Enter, rule 5) clears it.
    await e2e.sim.say(cid, 'Order number 12345.');
    const burst = view.row(customer, names.text('marker.unread', { count: 1 }));
    await shows(burst, 'the burst of the new message');
    const reply = language === 'ja' ? 'ご注文を確認します。' : 'Let me check that order.';
    const before = (await e2e.conversation(cid))?.messageCount ?? 0;
    await view.reply.fill(reply);
    await view.reply.press('Enter');
    await shows(page.getByRole('log').getByText(reply), 'the reply in the transcript');
    // Shown at once; the platform has it when the "Sending…" mark goes.
    await gone(
      page.getByRole('log').getByText(names.text('transcript.sending')),
      'the sending mark of the reply',
    );
    expect((await e2e.conversation(cid))?.messageCount).toBe(before + 1);
    expect(await view.reply.inputValue()).toBe('');
    await gone(burst, 'the burst after the reply');

    // Rule 8: Disconnect ends the chat and opens the wrap-up; rule 9: Notes (no call logging).
    await view.button(view.row(customer), names.disconnect).click();
    await shows(view.wrapup, 'the wrap-up panel');
    await shows(view.notes, 'Notes');
    await saveScreenshot(page, `wrapup-${language}`);
    await a11y.check(page, 'wrapup');

    // Rule 10: Done without a code is refused with a message; with a code it releases.
    await view.done.click();
    await shows(view.wrapup.getByText(names.text('wrapup.error.noCode')), 'the no-code message');
    await chooseWrapupCode(page, view, code);
    await view.notes.fill(language === 'ja' ? '配送状況を案内' : 'Explained the delivery status');
    await view.done.click();
    await gone(view.row(customer), 'the finished interaction');
    await gone(view.wrapup, 'the wrap-up panel');

    // axe found nothing on any view (checked along the way, reported together).
    expect(a11y.findings).toEqual({});
  });
});
