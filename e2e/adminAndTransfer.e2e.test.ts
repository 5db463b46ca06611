// The admin's wrap-up codes and rule 3's list actions in a real browser, in English and
// Japanese: only an admin sees the admin panel, which pages, searches, creates, renames,
// assigns to a queue and deletes (after confirmation) wrap-up codes on the platform and shows
// the platform's message when it refuses; an agent transfers a connected chat to a queue from
// the list without opening it, and a chat disconnected from the list is not queued again.
import type { Page } from 'playwright-core';
import { a11yAudit } from './harness/axe';
import { saveScreenshot } from './harness/artifacts';
import { pickUpNewChat } from './harness/agentSteps';
import { describeInBrowser } from './harness/describeInBrowser';
import { SEED_IDS, startE2eSession, type E2eSession } from './harness/e2eSession';
import { agentView, gone, present, shows, staysAbsent, type AgentView } from './harness/locators';
import { LANGUAGES, namesFor } from './harness/names';

describeInBrowser.each(LANGUAGES)('admin and list actions in the browser (%s)', (language) => {
  let e2e: E2eSession;
  const names = namesFor(language);
  const t = names.text;

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

  const adminPanel = (page: Page) =>
    page.getByRole('region', { name: t('admin.label'), exact: true });

  it('an agent without admin permissions does not see the admin panel', async () => {
    const { page } = await e2e.openClient({ userId: SEED_IDS.agentAlex, language });
    await shows(agentView(page, names).list, 'the interaction list');
    await staysAbsent(adminPanel(page), 'the admin panel for an agent');
  });

  it('an admin pages, searches, creates, renames, assigns and deletes wrap-up codes', async () => {
    // Six more codes than the seeded six: two pages of ten.
    for (let i = 1; i <= 6; i += 1) {
      await e2e.platform(SEED_IDS.adminCasey, 'POST', '/api/v2/routing/wrapupcodes', {
        name: `Aftercare ${i}`,
      });
    }
    const { page } = await e2e.openClient({ userId: SEED_IDS.adminCasey, language });
    const a11y = a11yAudit();
    const admin = adminPanel(page);
    await shows(admin, 'the admin panel');
    const codes = admin.getByRole('list', { name: t('admin.codes'), exact: true });
    const code = (name: string) => codes.getByRole('listitem').filter({ hasText: name });
    const button = (name: string) => admin.getByRole('button', { name, exact: true });

    // Paged: ten on the first page, the rest (the Japanese names sort last) on the second.
    await shows(code('Aftercare 1'), 'a code on the first page');
    await shows(admin.getByText(t('admin.page', { page: 1, pages: 2 })), 'page 1 of 2');
    expect(await codes.getByRole('listitem').count()).toBe(10);
    await button(t('admin.next')).click();
    await shows(code('折り返し連絡'), 'a code on the second page');
    await shows(admin.getByText(t('admin.page', { page: 2, pages: 2 })), 'page 2 of 2');
    expect(await codes.getByRole('listitem').count()).toBe(2);
    await button(t('admin.previous')).click();
    await shows(code('Aftercare 1'), 'the first page again');

    // Searchable.
    const search = admin.getByRole('searchbox', { name: t('admin.search'), exact: true });
    await search.fill('escal');
    await gone(code('Aftercare 1'), 'the codes that do not match');
    await shows(code('Escalated'), 'the matching code');
    expect(await codes.getByRole('listitem').count()).toBe(1);
    await search.fill('');
    await shows(code('Aftercare 1'), 'every code after clearing the search');
    // Buttons beside a full-width field keep their label on one line (a Japanese label used
    // to be squeezed to one character per line).
    const height = async (name: string) => (await button(name).boundingBox())?.height ?? 0;
    const oneLine = await height(`${t('admin.rename')} Aftercare 1`);
    expect(await height(t('admin.create'))).toBeCloseTo(oneLine, 0);
    expect(await height(t('admin.find'))).toBeCloseTo(oneLine, 0);
    await saveScreenshot(page, `admin-${language}`);
    await a11y.check(page, 'admin', 'section.acd-admin');

    // Create: the new code is on the platform and found in the list.
    const created = language === 'ja' ? '保証請求' : 'Warranty claim';
    const newName = admin.getByRole('textbox', { name: t('admin.newCode'), exact: true });
    await newName.fill(created);
    await button(t('admin.create')).click();
    await search.fill(created);
    await shows(code(created), 'the created code');
    const createdCode = (await e2e.state()).wrapupCodes.find((c) => c.name === created);
    expect(createdCode).toBeDefined();
    const id = createdCode?.id ?? '';

    // A duplicate name: the platform answers 409, and its own message is shown.
    await newName.fill('Resolved');
    await button(t('admin.create')).click();
    await shows(
      admin
        .getByRole('alert')
        .filter({ hasText: 'A wrap-up code named "Resolved" already exists' }),
      "the platform's message for the duplicate",
    );
    expect(await newName.inputValue()).toBe('Resolved');
    expect((await e2e.state()).wrapupCodes.filter((c) => c.name === 'Resolved')).toHaveLength(1);

    // Rename.
    const renamed = language === 'ja' ? '保証請求（対応済み）' : 'Warranty claim handled';
    await button(`${t('admin.rename')} ${created}`).click();
    const renameBox = admin.getByRole('textbox', {
      name: t('admin.renameTo', { name: created }),
      exact: true,
    });
    await a11y.check(page, 'admin-renaming', 'section.acd-admin');
    await renameBox.fill(renamed);
    await button(t('admin.save')).click();
    await search.fill(renamed);
    await shows(code(renamed), 'the renamed code');
    expect((await e2e.state()).wrapupCodes.find((c) => c.id === id)?.name).toBe(renamed);

    // Assign it to the Billing queue.
    await admin.getByRole('searchbox', { name: t('admin.queueSearch'), exact: true }).fill('Bill');
    await button(t('admin.find')).click();
    await button('Billing').click();
    const billingCodes = admin.getByRole('list', {
      name: t('admin.queueCodes', { queue: 'Billing' }),
      exact: true,
    });
    await shows(billingCodes.getByText('Spam', { exact: true }), "Billing's codes");
    const picker = admin.getByRole('combobox', {
      name: t('admin.assignTo', { queue: 'Billing' }),
      exact: true,
    });
    await present(picker.getByRole('option', { name: renamed, exact: true }), 'the code to assign');
    await a11y.check(page, 'admin-queue', 'section.acd-admin');
    await picker.selectOption({ label: renamed });
    await button(t('admin.assign')).click();
    await shows(billingCodes.getByText(renamed, { exact: true }), 'the code assigned to Billing');
    const billing = async () =>
      (await e2e.state()).queues.find((q) => q.id === SEED_IDS.queueBilling)?.wrapupCodeIds;
    expect(await billing()).toContain(id);

    // Delete asks first; Cancel keeps the code.
    const confirm = page.getByRole('dialog', { name: t('admin.delete'), exact: true });
    await button(`${t('admin.delete')} ${renamed}`).click();
    await shows(confirm.getByText(t('admin.deleteConfirm', { name: renamed })), 'the question');
    await a11y.check(page, 'admin-delete-dialog', 'dialog[open], [role="dialog"]');
    await confirm.getByRole('button', { name: t('action.cancel'), exact: true }).click();
    await gone(confirm, 'the confirmation after Cancel');
    expect((await e2e.state()).wrapupCodes.some((c) => c.id === id)).toBe(true);

    // Delete confirmed: gone from the platform, from the list and from Billing's codes.
    await button(`${t('admin.delete')} ${renamed}`).click();
    await confirm.getByRole('button', { name: t('admin.delete'), exact: true }).click();
    await gone(code(renamed), 'the deleted code');
    expect((await e2e.state()).wrapupCodes.some((c) => c.id === id)).toBe(false);
    expect(await billing()).not.toContain(id);
    await gone(
      billingCodes.getByText(renamed, { exact: true }),
      "the deleted code in Billing's list",
    );

    expect(a11y.findings).toEqual({});
  });

  const pickUp = (view: AgentView, customer: string) => pickUpNewChat(e2e, view, names, customer);

  it('rule 3: Transfer from the list hands the chat to a queue; Disconnect does not re-queue', async () => {
    const { page } = await e2e.openReadyClient({ language });
    const view = agentView(page, names);
    // Hanako, the only agent of Billing (and one of Support), is ready for chats.
    await e2e.setPresence(SEED_IDS.agentHanako, 'On Queue');
    const customer = language === 'ja' ? '高橋 誠' : 'Ivy Chen';
    const cid = await pickUp(view, customer);

    // Transfer, chosen in the searchable dialog, without opening the chat window.
    await view.button(view.row(customer), names.transfer).click();
    const dialog = page.getByRole('dialog', { name: names.transfer, exact: true });
    await dialog.getByRole('searchbox', { name: t('transfer.search'), exact: true }).fill('bill');
    const target = dialog.getByRole('button', {
      name: t('transfer.confirm', { name: 'Billing' }),
      exact: true,
    });
    await shows(target, 'Billing among the queues found');
    await target.click();
    await gone(view.row(customer), 'the transferred chat in this list');
    await shows(page.getByText(t('notice.transferred', { target: 'Billing' })), 'the notice');
    expect(await view.reply.count()).toBe(0);

    // The platform: this agent's leg ended by transfer; the chat now alerts Hanako in Billing.
    const chat = (await e2e.state()).conversations.find((c) => c.id === cid);
    const agents = chat?.participants.filter((p) => p.purpose === 'agent') ?? [];
    expect(agents.map((p) => [p.user?.id, p.state, p.disconnectType ?? null])).toEqual([
      [SEED_IDS.agentAlex, 'disconnected', 'transfer'],
      [SEED_IDS.agentHanako, 'alerting', null],
    ]);
    expect(agents[1]?.queue?.id).toBe(SEED_IDS.queueBilling);

    // Disconnect from the list: wrap-up opens, and the chat goes to nobody else.
    const other = language === 'ja' ? '中村 翼' : 'Jon Berg';
    const ended = await pickUp(view, other);
    await view.button(view.row(other), names.disconnect).click();
    await shows(view.wrapup, 'the wrap-up panel');
    expect(await view.reply.count()).toBe(0);
    // Hanako is On Queue in Support: a re-queued chat would alert her at once.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const state = await e2e.state();
    const after = state.conversations.find((c) => c.id === ended);
    expect(
      after?.participants
        .filter((p) => p.purpose === 'agent')
        .map((p) => [p.user?.id, p.state, p.disconnectType]),
    ).toEqual([[SEED_IDS.agentAlex, 'disconnected', 'client']]);
    expect(state.queues.flatMap((q) => q.waiting)).not.toContain(ended);
  });
});
