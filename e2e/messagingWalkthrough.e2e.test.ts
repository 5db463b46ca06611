// Issue 13's walk-through in a real browser, en and ja: one chat (the /sim customer) and one
// web messaging conversation (a Guest API WebSocket customer in this process) at once in the
// standalone agent client. Both show their media in words; picking up the message does not
// hold the chat; a reply to each reaches its customer once; the messaging reply shows its
// delivery mark; the guest's file is a link with name and size; both are wrapped up with a
// code; and an owed (red) wrap-up keeps a new conversation of either media from routing.
import type { Page } from 'playwright-core';
import { chooseWrapupCode, pickUpNewChat } from './harness/agentSteps';
import { saveScreenshot } from './harness/artifacts';
import { layoutProblems } from './harness/layoutCheck';
import { describeInBrowser } from './harness/describeInBrowser';
import { eventually } from './harness/eventually';
import { SEED_IDS, startE2eSession, type E2eSession } from './harness/e2eSession';
import { openGuest, type GuestClient } from './harness/guestClient';
import { agentView, gone, shows, staysAbsent, type AgentView } from './harness/locators';
import { escapeRegExp, LANGUAGES, namesFor } from './harness/names';

/** The simulator names every Guest API customer so (the Guest API carries no name). */
const GUEST = 'Web messaging guest';
// A 1×1 PNG's first bytes: what a customer would attach.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
  'hex',
);

/** Waits until `count()` is 1, then checks that it stays 1 (arrived, and only once). */
async function exactlyOnce(count: () => number | Promise<number>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await count()) === 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const seen = await count();
  if (seen !== 1) throw new Error(`Expected ${what} exactly once, saw it ${seen} times`);
}

describeInBrowser.each(LANGUAGES)('chat and web messaging side by side (%s)', (language) => {
  let e2e: E2eSession;
  const guests: GuestClient[] = [];
  const names = namesFor(language);
  const code = language === 'ja' ? '解決済み' : 'Resolved';
  const ja = language === 'ja';

  beforeAll(async () => {
    e2e = await startE2eSession();
  });
  afterAll(async () => {
    for (const guest of guests.splice(0)) guest.close();
    await e2e.closeClients();
    await e2e.close();
  });

  const guest = async (token: string) => {
    const client = await openGuest(e2e.demo.simulator.url, SEED_IDS.deploymentSupport, token);
    guests.push(client);
    return client;
  };
  const messagingIds = async () =>
    (await e2e.state()).conversations
      .filter((c) => (c as { media?: string }).media === 'message')
      .map((c) => c.id);
  const routed = async (cid: string) =>
    (await e2e.conversation(cid))?.participants.some((p) => p.purpose === 'agent') ?? false;
  const wrapUp = async (page: Page, view: AgentView) => {
    await chooseWrapupCode(page, view, code);
    await view.done.click();
  };

  it('handles one chat and one messaging conversation, then blocks both media while a wrap-up is owed', async () => {
    const { page } = await e2e.openReadyClient({ language });
    const view = agentView(page, names);
    const chatCustomer = ja ? '佐藤 花子' : 'Hana Sato';
    const chatId = await pickUpNewChat(e2e, view, names, chatCustomer);

    const customer = await guest(`walk-${language}-1`);
    await customer.say(ja ? 'こんにちは、注文について' : 'Hello, about my order');
    const alerting = view.row(GUEST, names.text('state.alerting'), names.text('media.message'));
    await shows(alerting, 'the messaging conversation alerting, named a message');
    await shows(
      view.row(chatCustomer, names.text('media.chat')),
      'the chat row named a chat beside it',
    );
    const [messageId] = await messagingIds();
    if (messageId === undefined) throw new Error('The simulator lists no messaging conversation');

    // Picking up the message never holds the chat (no hold for messaging).
    await view.button(alerting, names.pickUp).click();
    await shows(view.row(GUEST, names.text('state.connected')), 'the message connected');
    await staysAbsent(view.row(chatCustomer, names.text('state.held')), 'the chat held', 1_000);
    await shows(view.row(chatCustomer, names.text('state.connected')), 'the chat still connected');
    // Opening the message shows it in the window; rule 6 holds the chat that is no longer
    // shown (the core's reading, messagingRules.test.ts), and the message itself never is.
    await view.button(view.row(GUEST), names.chat).click();
    await shows(
      page.getByRole('log').getByText(ja ? 'こんにちは、注文について' : 'Hello, about my order'),
      'the customer text',
    );
    await saveScreenshot(page, `messaging-walk-${language}-both`);

    // A reply to the guest reaches the Guest API socket once, as an Outbound StructuredMessage.
    const toGuest = ja ? '確認いたします。' : 'Let me check that for you.';
    await view.reply.fill(toGuest);
    await view.send.click();
    await shows(page.getByRole('log').getByText(toGuest), 'the messaging reply in the transcript');
    const deliveryText = (status: 'Sent' | 'Delivered') =>
      page
        .getByRole('log')
        .getByText(`${names.text('delivery.prefix')} ${names.text(`delivery.${status}`)}`, {
          exact: true,
        });
    await shows(deliveryText('Sent'), 'the delivery mark Sent in words');
    await exactlyOnce(
      () => customer.outbound().filter((m) => m.text === toGuest).length,
      'the reply on the Guest API socket',
    );
    // The guest's device confirms delivery: the mark follows.
    const receipt = await fetch(
      new URL(`/sim/messaging/${messageId}/receipts`, e2e.demo.simulator.url),
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ status: 'Delivered' }),
      },
    );
    expect(receipt.status).toBe(200);
    await shows(deliveryText('Delivered'), 'the delivery mark Delivered in words');

    // The guest sends a file: a link with its name and size, never an inline image.
    const fileName = ja ? '領収書.png' : 'receipt.png';
    await customer.sendFile(fileName, 'image/png', PNG);
    const link = page
      .getByRole('log')
      .getByRole('link', { name: new RegExp(escapeRegExp(fileName)) });
    await shows(link, 'the attachment link');
    expect(await link.textContent()).toMatch(new RegExp(`^${escapeRegExp(fileName)} \\(.+\\)$`));
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(await page.getByRole('log').locator('img').count()).toBe(0);
    await saveScreenshot(page, `messaging-walk-${language}-attachment`);

    // A reply to the chat customer reaches the chat once.
    await view.button(view.row(chatCustomer), names.chat).click();
    const toChat = ja ? '少々お待ちください。' : 'One moment please.';
    await view.reply.fill(toChat);
    await view.send.click();
    await shows(page.getByRole('log').getByText(toChat), 'the chat reply in the transcript');
    await exactlyOnce(async () => {
      const { entities } = await e2e.platform<{ entities: { body?: string }[] }>(
        SEED_IDS.agentAlex,
        'GET',
        `/api/v2/conversations/chats/${chatId}/messages`,
      );
      return entities.filter((m) => m.body === toChat).length;
    }, 'the reply in the chat transcript on the platform');
    expect(customer.outbound().filter((m) => m.text === toChat)).toHaveLength(0);
    // Back on the chat: it is connected again, and the message was never held.
    await shows(view.row(chatCustomer, names.text('state.connected')), 'the chat resumed');
    await shows(view.row(GUEST, names.text('state.connected')), 'the message still connected');
    const messageAgent = (await e2e.conversation(messageId))?.participants.find(
      (p) => p.purpose === 'agent',
    ) as { held?: boolean } | undefined;
    expect(messageAgent?.held ?? false).toBe(false);

    // Disconnect and wrap up the chat with a code.
    await view.button(view.row(chatCustomer), names.disconnect).click();
    await shows(view.wrapup, 'the chat wrap-up panel');
    await wrapUp(page, view);
    await gone(view.row(chatCustomer), 'the wrapped-up chat');

    // The message's wrap-up is closed without Done: it turns red and blocks both media.
    await view.button(view.row(GUEST), names.disconnect).click();
    await shows(view.wrapup, 'the messaging wrap-up panel');
    await view.button(view.wrapup, names.text('action.close')).click();
    await shows(view.row(GUEST, names.text('marker.wrapupOpen')), 'the red wrap-up marker');

    const nextChat = ja ? '山田 太郎' : 'Ivan Petrov';
    const waitingChat = await e2e.startChat(nextChat, SEED_IDS.queueSupport, 'Anyone there?');
    const second = await guest(`walk-${language}-2`);
    await second.say(ja ? '別の質問です' : 'Another question');
    const waitingMessage = (await messagingIds()).find((id) => id !== messageId) ?? '';
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await routed(waitingChat)).toBe(false);
    expect(await routed(waitingMessage)).toBe(false);
    expect(await view.row(nextChat).count()).toBe(0);
    expect(await view.row(GUEST, names.text('state.alerting')).count()).toBe(0);

    // Finishing the owed wrap-up with a code lets routing resume, one alert at a time.
    await view.button(view.row(GUEST), names.text('action.openWrapup')).click();
    await wrapUp(page, view);
    await gone(view.row(GUEST, names.text('state.wrapup')), 'the wrapped-up message');
    const firstAlert = view
      .row(nextChat, names.text('state.alerting'))
      .or(view.row(GUEST, names.text('state.alerting')));
    await shows(firstAlert, 'a waiting conversation alerting');
    await view.button(firstAlert.first(), names.pickUp).click();
    // The one picked up connects, then routing offers the other. Right after the click the
    // picked row may still read alerting, so the platform says when both are routed.
    await eventually(
      () => routed(waitingChat),
      (yes) => yes,
      'the waiting chat routed',
    );
    await eventually(
      () => routed(waitingMessage),
      (yes) => yes,
      'the waiting message routed',
    );
    await shows(
      view
        .row(nextChat, names.text('state.alerting'))
        .or(view.row(GUEST, names.text('state.alerting'))),
      'the other waiting conversation alerting',
    );
  });

  it('lays the messaging views out at 340 px: row, transcript, delivery marks, a long file name', async () => {
    for (const open of guests.splice(0)) open.close();
    await e2e.closeClients();
    await e2e.reset();
    const { page } = await e2e.openReadyClient({ language });
    await page.setViewportSize({ width: 340, height: 900 });
    const view = agentView(page, names);
    const customer = await guest(`narrow-${language}`);
    await customer.say(ja ? '配送状況を教えてください' : 'Where is my parcel?');
    const alerting = view.row(GUEST, names.text('state.alerting'));
    await shows(alerting, 'the message alerting');
    await saveScreenshot(page, `messaging-340-${language}-alerting`);
    expect(await layoutProblems(page)).toEqual([]);

    await view.button(alerting, names.pickUp).click();
    await view.button(view.row(GUEST, names.text('state.connected')), names.chat).click();
    for (const text of ja ? ['確認します。', 'もう一通'] : ['Checking now.', 'One more']) {
      await view.reply.fill(text);
      await view.send.click();
      await shows(page.getByRole('log').getByText(text), 'the reply');
    }
    // One reply is read, the other fails on the way (Retry shows): the longest marks.
    const [messageId] = await messagingIds();
    const receipts = async (status: 'Read' | 'Failed', which: number) => {
      const response = await fetch(
        new URL(`/sim/messaging/${messageId ?? ''}/receipts`, e2e.demo.simulator.url),
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ status, messageId: customer.outbound()[which]?.id }),
        },
      );
      expect(response.status).toBe(200);
    };
    await exactlyOnce(() => Math.min(customer.outbound().length - 1, 1), 'both replies');
    await receipts('Read', 0);
    await receipts('Failed', 1);
    await shows(
      page.getByRole('button', { name: names.text('action.retry'), exact: true }),
      'Retry',
    );
    const longName = ja
      ? '二〇二六年十一月分の請求書と領収書のスキャン画像.png'
      : 'invoice-and-receipt-scan-for-november-2026-final-version.png';
    await customer.sendFile(longName, 'image/png', PNG);
    await shows(
      page.getByRole('log').getByRole('link', { name: new RegExp(escapeRegExp(longName)) }),
      'the long-named attachment',
    );
    await saveScreenshot(page, `messaging-340-${language}-transcript`);
    expect(await layoutProblems(page)).toEqual([]);
  });
});
