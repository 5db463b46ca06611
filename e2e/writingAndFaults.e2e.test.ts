// Rules 2, 5, 6 and 12 in a real browser, in English and Japanese: writing replies (Shift+Enter,
// empty and over-long replies), a wrap-up and a reply sent while the platform fails (pending,
// then confirmed exactly once), holds seen from a second client of the same agent, and ringing
// only in the client where it is on.
import type { Page } from 'playwright-core';
import { type WebChatMessageEntityList, MAX_MESSAGE_LENGTH } from '@acd/shared';
import { chooseWrapupCode, pickUpNewChat } from './harness/agentSteps';
import { describeInBrowser } from './harness/describeInBrowser';
import { SEED_IDS, startE2eSession, type E2eSession } from './harness/e2eSession';
import { agentView, gone, shows, type AgentView } from './harness/locators';
import { LANGUAGES, namesFor } from './harness/names';
import { recordRings, ringsIn } from './harness/ringRecorder';

describeInBrowser.each(LANGUAGES)('writing, faults, holds and ringing (%s)', (language) => {
  let e2e: E2eSession;
  const names = namesFor(language);
  const t = names.text;
  const code = language === 'ja' ? '解決済み' : 'Resolved';
  const codeId = language === 'ja' ? SEED_IDS.codeResolvedJa : SEED_IDS.codeResolved;

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

  const pickUp = (view: AgentView, customer: string) => pickUpNewChat(e2e, view, names, customer);

  const messageCount = async (cid: string) => (await e2e.conversation(cid))?.messageCount ?? -1;

  /** The chat's messages as the platform holds them (read as the agent). */
  const platformBodies = async (cid: string) =>
    (
      await e2e.platform<WebChatMessageEntityList>(
        SEED_IDS.agentAlex,
        'GET',
        `/api/v2/conversations/chats/${cid}/messages`,
      )
    ).entities.map((m) => m.body);

  it('rule 5: Shift+Enter adds a line; empty, blank and over-long replies are not sent', async () => {
    const { page } = await e2e.openReadyClient({ language });
    const view = agentView(page, names);
    const customer = language === 'ja' ? '小林 望' : 'Kim Ito';
    const cid = await pickUp(view, customer);
    await view.button(view.row(customer), names.chat).click();
    await shows(view.reply, 'the reply box');
    const start = await messageCount(cid);

    // Shift+Enter is a new line; Enter then sends both lines as one reply.
    await view.reply.fill(language === 'ja' ? '1行目' : 'Line one');
    await view.reply.press('Shift+Enter');
    await view.reply.pressSequentially(language === 'ja' ? '2行目' : 'Line two');
    const twoLines = language === 'ja' ? '1行目\n2行目' : 'Line one\nLine two';
    expect(await view.reply.inputValue()).toBe(twoLines);
    await view.reply.press('Enter');
    await shows(page.getByRole('log').getByText(twoLines.split('\n')[1] ?? ''), 'the sent reply');
    // The transcript shows a reply at once; the platform has it when "Sending…" goes.
    const sending = page.getByRole('log').getByText(t('transcript.sending'));
    await gone(sending, 'the sending mark of the reply');
    expect(await view.reply.inputValue()).toBe('');
    expect(await messageCount(cid)).toBe(start + 1);
    expect(await platformBodies(cid)).toContain(twoLines);

    // Whitespace only (Enter) and empty (Send): refused with a message, nothing sent.
    const emptyMessage = page.getByRole('alert').filter({ hasText: t('reply.error.empty') });
    await view.reply.fill('  \n  ');
    await view.reply.press('Enter');
    await shows(emptyMessage, 'the message for a blank reply');
    expect(await view.reply.inputValue()).toBe('  \n  ');
    await view.reply.fill('');
    await gone(emptyMessage, 'the message once the agent types');
    await view.send.click();
    await shows(emptyMessage, 'the message for an empty reply');
    expect(await messageCount(cid)).toBe(start + 1);

    // Over the platform's limit: a clear message, the text kept; one character less sends.
    const long = `${'x'.repeat(MAX_MESSAGE_LENGTH - 1)}yz`;
    await view.reply.fill(long);
    await shows(
      page.getByText(t('reply.counter', { length: long.length, max: MAX_MESSAGE_LENGTH })),
      'the counter over the limit',
    );
    await view.send.click();
    await shows(
      page.getByRole('alert').filter({
        hasText: t('reply.error.tooLong', { length: long.length, max: MAX_MESSAGE_LENGTH }),
      }),
      'the message for an over-long reply',
    );
    expect(await view.reply.inputValue()).toBe(long);
    expect(await messageCount(cid)).toBe(start + 1);
    await view.reply.press('End');
    await view.reply.press('Backspace');
    await view.reply.press('Enter');
    await shows(page.getByRole('log').getByText(/xy$/), 'the shortened reply in the transcript');
    await gone(sending, 'the sending mark of the shortened reply');
    expect(await messageCount(cid)).toBe(start + 2);
    expect(await view.reply.inputValue()).toBe('');
  });

  const chooseCode = (page: Page, view: AgentView) => chooseWrapupCode(page, view, code);

  it('rule 12: a wrap-up Done during 503s shows pending, then is confirmed and released', async () => {
    const { page } = await e2e.openReadyClient({ language });
    const view = agentView(page, names);
    const customer = language === 'ja' ? '松本 蓮' : 'Lou Ferris';
    const cid = await pickUp(view, customer);
    await view.button(view.row(customer), names.disconnect).click();
    await shows(view.wrapup, 'the wrap-up panel');
    await chooseCode(page, view);
    const notes = language === 'ja' ? '障害中に完了' : 'Done during the outage';
    await view.notes.fill(notes);

    // 503 for the next seven calls: the submission, then the four of the check that comes
    // before a resend (it may have landed), then two more: Done lands on the third attempt.
    await e2e.fault({ status: 503, count: 7 });
    await view.done.click();
    const pending = view.row(customer).getByText(t('marker.wrapupPending'), { exact: true });
    await shows(pending, 'the pending wrap-up, in words');
    const wrapupOnPlatform = async () =>
      (await e2e.state()).conversations
        .find((c) => c.id === cid)
        ?.participants.find((p) => p.purpose === 'agent')?.wrapup;
    expect(await wrapupOnPlatform()).toBeUndefined();

    // The platform recovers: the retried wrap-up lands once and the chat leaves the list.
    await gone(view.row(customer), 'the released interaction');
    expect(await wrapupOnPlatform()).toMatchObject({ code: codeId, notes });
    await gone(view.wrapup, 'the wrap-up panel');
  });

  it('rule 12: a reply sent during a 503 burst arrives exactly once', async () => {
    const { page } = await e2e.openReadyClient({ language });
    const view = agentView(page, names);
    const customer = language === 'ja' ? '井上 葵' : 'Max Olsen';
    const cid = await pickUp(view, customer);
    await view.button(view.row(customer), names.chat).click();
    // Seen first, so the reply itself is the only work that meets the failing platform.
    await view.newMessage.click();
    await gone(view.row(customer, t('marker.unread', { count: 1 })), 'the burst');
    const start = await messageCount(cid);

    // Six failures: the typing indicator's, the send's, then the four of the check that
    // comes before a resend (it may have landed), so the reply lands on the third attempt.
    await e2e.fault({ status: 503, count: 6 });
    const reply = language === 'ja' ? '少々お待ちください。' : 'One moment, please.';
    await view.reply.fill(reply);
    await view.reply.press('Enter');
    const line = page.getByRole('log').getByText(reply, { exact: true });
    await shows(line, 'the reply in the transcript');
    const sending = page.getByRole('log').getByText(t('transcript.sending'));
    await shows(sending, 'the reply marked as sending');
    expect(await messageCount(cid)).toBe(start);

    await gone(sending, 'the sending mark once the platform confirms');
    expect(await messageCount(cid)).toBe(start + 1);
    // Nothing more arrives later (no second delivery of an uncertain attempt).
    await page.waitForTimeout(1_000);
    expect(await messageCount(cid)).toBe(start + 1);
    expect((await platformBodies(cid)).filter((body) => body === reply)).toHaveLength(1);
    expect(await line.count()).toBe(1);
    expect(await view.reply.inputValue()).toBe('');
  });

  it('rule 6: a chat held by selecting another in one client shows held in the second', async () => {
    const first = await e2e.openReadyClient({ language });
    const second = await e2e.openClient({ language });
    const a = agentView(first.page, names);
    const b = agentView(second.page, names);
    const ana = language === 'ja' ? '森 結衣' : 'Nia Park';
    const ben = language === 'ja' ? '石井 陸' : 'Oto Reyes';
    await pickUp(a, ana);
    await pickUp(a, ben);

    await a.button(a.row(ana), names.chat).click();
    await shows(b.row(ben, t('state.held')), `${ben} held in the second client`);
    await shows(b.row(ana, t('state.connected')), `${ana} connected in the second client`);

    await a.button(a.row(ben), names.chat).click();
    await shows(b.row(ana, t('state.held')), `${ana} held in the second client`);
    await shows(b.row(ben, t('state.connected')), `${ben} connected in the second client`);
  });

  it('rule 2: only the client with ringing on rings for an alerting chat', async () => {
    const first = await e2e.openReadyClient({ language, beforeLoad: recordRings });
    const second = await e2e.openClient({ language, beforeLoad: recordRings });
    const a = agentView(first.page, names);
    const b = agentView(second.page, names);
    const ringing = (page: Page) =>
      page.getByRole('checkbox', { name: t('settings.ringing'), exact: true });
    /** Clicks the setting as an agent does (on its label: SLDS draws the box) until `on`. */
    const setRinging = async (page: Page, on: boolean) => {
      if ((await ringing(page).isChecked()) !== on) {
        await page.getByText(t('settings.ringing'), { exact: true }).click();
      }
      expect(await ringing(page).isChecked()).toBe(on);
    };
    await shows(b.list, 'the second client');
    expect(await ringing(first.page).isChecked()).toBe(true);
    await setRinging(second.page, false);

    const customer = language === 'ja' ? '岡田 純' : 'Pia Quist';
    await e2e.startChat(customer);
    await shows(a.row(customer, t('state.alerting')), 'the chat alerting in the first client');
    await shows(b.row(customer, t('state.alerting')), 'the chat alerting in the second client');
    await first.page.waitForFunction(() => {
      const rings = (window as unknown as { __acdRings?: { tones: number } }).__acdRings;
      return (rings?.tones ?? 0) > 0;
    });
    // Give the quiet client time to (wrongly) ring before checking that it did not.
    await second.page.waitForTimeout(1_000);
    expect(await ringsIn(first.page)).toEqual({
      tones: 1,
      notifications: [
        // Customer text in a system notification is bidi-isolated (FSI ... PDI).
        {
          title: t('ring.title'),
          body: t('ring.body', { name: `\u2068${customer}\u2069`, queue: '\u2068Support\u2069' }),
        },
      ],
    });
    expect(await ringsIn(second.page)).toEqual({ tones: 0, notifications: [] });

    // The other way round: on in the second client, off in the first.
    await setRinging(second.page, true);
    await setRinging(first.page, false);
    await a.button(a.row(customer), names.pickUp).click();
    await shows(a.row(customer, t('state.connected')), 'the first chat connected');
    const next = language === 'ja' ? '遠藤 海' : 'Rex Stone';
    await e2e.startChat(next);
    await shows(a.row(next, t('state.alerting')), 'the next chat alerting in the first client');
    await second.page.waitForFunction(() => {
      const rings = (window as unknown as { __acdRings?: { tones: number } }).__acdRings;
      return (rings?.tones ?? 0) > 0;
    });
    await first.page.waitForTimeout(1_000);
    expect((await ringsIn(second.page)).tones).toBe(1);
    expect((await ringsIn(first.page)).tones).toBe(1);
  });
});
