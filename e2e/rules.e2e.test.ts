// Rules 6, 7, 10, 11 and 12 in a real browser, in English and Japanese: several chats,
// two clients of one agent (two browser contexts), the red wrap-up that blocks routing, and
// a reload in the middle of a wrap-up.
import type { Page } from 'playwright-core';
import { chooseWrapupCode, pickUpNewChat } from './harness/agentSteps';
import { describeInBrowser } from './harness/describeInBrowser';
import { eventually } from './harness/eventually';
import { startE2eSession, type E2eSession } from './harness/e2eSession';
import { agentView, gone, present, shows, type AgentView } from './harness/locators';
import { LANGUAGES, namesFor } from './harness/names';

describeInBrowser.each(LANGUAGES)('chat rules in the browser (%s)', (language) => {
  let e2e: E2eSession;
  const names = namesFor(language);
  const code = language === 'ja' ? '解決済み' : 'Resolved';

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

  const chooseCode = (page: Page, view: AgentView) => chooseWrapupCode(page, view, code);

  it('rule 6: selecting a chat connects it and holds the others', async () => {
    const { page } = await e2e.openReadyClient({ language });
    const view = agentView(page, names);
    await pickUp(view, 'Ana Diaz');
    await pickUp(view, 'Ben Okafor');
    await view.button(view.row('Ana Diaz'), names.chat).click();
    await shows(view.row('Ana Diaz', names.text('state.connected')), 'Ana connected');
    await shows(view.row('Ben Okafor', names.text('state.held')), 'Ben held');
    await view.button(view.row('Ben Okafor'), names.chat).click();
    await shows(view.row('Ben Okafor', names.text('state.connected')), 'Ben connected');
    await shows(view.row('Ana Diaz', names.text('state.held')), 'Ana held');
    await present(
      view.row('Ben Okafor').getByText(names.text('marker.open'), { exact: true }),
      "the open marker on Ben's icon",
    );
  });

  it('rules 7 and 10: two clients of one agent agree on the burst and the release', async () => {
    const first = await e2e.openReadyClient({ language });
    const second = await e2e.openClient({ language });
    const a = agentView(first.page, names);
    const b = agentView(second.page, names);
    const cid = await pickUp(a, 'Chloe Martin');
    const burstIn = (view: AgentView) =>
      view.row('Chloe Martin', names.text('marker.unread', { count: 1 }));
    await shows(burstIn(b), 'the burst in the second client');

    // Seen in the first client: the burst clears in the second one too.
    await a.button(a.row('Chloe Martin'), names.chat).click();
    await a.newMessage.click();
    await gone(burstIn(b), 'the burst in the second client after New message in the first');

    // A new message bursts in both; a reply from the second clears it in the first.
    await e2e.sim.say(cid, 'Still there?');
    await shows(burstIn(a), 'the new burst in the first client');
    await b.button(b.row('Chloe Martin'), names.chat).click();
    await b.reply.fill(language === 'ja' ? 'はい、おります。' : 'Yes, I am here.');
    await b.send.click();
    await gone(burstIn(a), 'the burst in the first client after a reply from the second');

    // Done in the first client removes the interaction from the second.
    await a.button(a.row('Chloe Martin'), names.disconnect).click();
    await shows(a.wrapup, 'the wrap-up panel');
    await chooseCode(first.page, a);
    await a.done.click();
    await gone(b.row('Chloe Martin'), 'the released interaction in the second client');
  });

  it('rule 11: a wrap-up closed without Done turns red and nothing new is routed', async () => {
    const { page } = await e2e.openReadyClient({ language });
    const view = agentView(page, names);
    await pickUp(view, 'Dev Patel');
    await view.button(view.row('Dev Patel'), names.disconnect).click();
    await shows(view.wrapup, 'the wrap-up panel');
    await view.button(view.wrapup, names.text('action.close')).click();
    await shows(view.row('Dev Patel', names.text('marker.wrapupOpen')), 'the red wrap-up marker');

    const waiting = await e2e.startChat('Eve Novak');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const conversation = await e2e.conversation(waiting);
    expect(conversation?.participants.some((p) => p.purpose === 'agent')).toBe(false);
    expect(await view.row('Eve Novak').count()).toBe(0);

    // Finishing the owed wrap-up lets routing resume.
    await view.button(view.row('Dev Patel'), names.text('action.openWrapup')).click();
    await chooseCode(page, view);
    await view.done.click();
    await shows(view.row('Eve Novak', names.text('state.alerting')), 'the waiting chat alerting');
  });

  it('rule 12: a draft, the wrap-up code and notes survive a reload', async () => {
    const { page } = await e2e.openReadyClient({ language });
    const view = agentView(page, names);
    await pickUp(view, 'Fay Wong');
    await pickUp(view, 'Gus Lind');
    await view.button(view.row('Gus Lind'), names.chat).click();
    const draft = language === 'ja' ? '確認中です' : 'Checking now';
    await view.reply.fill(draft);
    await view.button(view.row('Fay Wong'), names.disconnect).click();
    await shows(view.wrapup, 'the wrap-up panel');
    await chooseCode(page, view);
    const notes = language === 'ja' ? '再配送を手配' : 'Arranged a redelivery';
    await view.notes.fill(notes);
    // A person reloads a moment after typing; the core writes drafts debounced (300 ms).
    await page.waitForTimeout(1_000);

    // Leaving asks first (a chat is connected, a wrap-up is owed); the agent confirms.
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    const after = agentView(page, names);
    await shows(after.row('Fay Wong', names.text('state.wrapup')), 'the owed wrap-up after reload');
    expect(asked).toContain('beforeunload');
    if ((await after.wrapup.count()) === 0) {
      await after.button(after.row('Fay Wong'), names.text('action.openWrapup')).click();
    }
    await shows(after.notes, 'Notes after reload');
    expect(await after.notes.inputValue()).toBe(notes);
    // The chats (and so the panel) show after one round trip; the queue's codes arrive after
    // it, and the chosen one fills the box then.
    await eventually(
      () => after.wrapupCode.inputValue(),
      (value) => value === code,
      'the chosen code after reload',
    );
    await after.button(after.row('Gus Lind'), names.chat).click();
    await shows(after.reply, 'the reply box after reload');
    expect(await after.reply.inputValue()).toBe(draft);
  });
});
