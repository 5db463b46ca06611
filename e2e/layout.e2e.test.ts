// Every view at a sidebar's width (340 px) and at full width (1280 px), in English and
// Japanese (issue 17): the geometry checks of harness/layoutCheck.ts on the status bar,
// notices, list rows in every state, the chat window with several tabs and its reply box,
// the wrap-up panel with its code list open, the transfer dialog, the admin panel and the
// sign-in; and the sticky action area: with a long transcript the reply box's Send, and with
// the code list open the wrap-up's Done, inside the viewport and on top. Screenshots of each
// go to e2e/artifacts/layout/ (gitignored).
import type { Locator, Page } from 'playwright-core';
import { describeInBrowser } from './harness/describeInBrowser';
import { SEED_IDS, startE2eSession, type E2eSession } from './harness/e2eSession';
import { actionAreaProblems, layoutProblems } from './harness/layoutCheck';
import { agentView, gone, shows } from './harness/locators';
import { LANGUAGES } from './harness/names';
import { saveScreenshot } from './harness/artifacts';
import { pickUpNewChat } from './harness/agentSteps';
import { armFault } from './harness/simFaults';

const WIDTHS = [340, 1280] as const;
const LONG_NAME = 'Maximiliana Konstantinopoulou-Vanderbilt';

describeInBrowser.each(LANGUAGES)('every view at 340 and 1280 px (%s)', (language) => {
  let e2e: E2eSession;
  beforeAll(async () => {
    e2e = await startE2eSession();
  });
  afterAll(() => e2e.close());

  /** Checks `scope` at each width and keeps a screenshot of each; returns what is wrong. */
  async function checkAtEachWidth(page: Page, view: string, scope = 'body') {
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width === 340 ? 640 : 800 });
      // Let layout and ResizeObserver-driven parts (the transcript) settle.
      await page.waitForTimeout(150);
      for (const problem of await layoutProblems(page, scope)) {
        problems.push(`${view} at ${width} px: ${problem}`);
      }
      await saveScreenshot(page, `layout/${language}-${width}-${view}`);
    }
    return problems;
  }

  /**
   * The sticky action area at each width: with the top of its section (`section`) placed at
   * 10%, 40% and 70% of the viewport's height (the agent scrolled there) and `scrolled` run
   * (e.g. the transcript scrolled to its oldest line), every button in `buttons` is in view.
   * Without the docked area they fall below the fold in most of these positions.
   */
  async function checkActionAreaAtEachWidth(
    page: Page,
    view: string,
    buttons: string[],
    section: Locator,
    scrolled: () => Promise<unknown> = () => Promise.resolve(),
  ) {
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width === 340 ? 640 : 800 });
      for (const at of [0.1, 0.4, 0.7]) {
        const top = await section.evaluate((el, fraction) => {
          const wanted = window.innerHeight * fraction;
          window.scrollBy(0, el.getBoundingClientRect().top - wanted);
          return el.getBoundingClientRect().top / window.innerHeight;
        }, at);
        if (Math.abs(top - at) > 0.02) {
          problems.push(`${view} at ${width} px: the page cannot scroll its section to ${at}`);
          continue;
        }
        await scrolled();
        await page.waitForTimeout(150);
        for (const problem of await actionAreaProblems(page, buttons)) {
          problems.push(`${view} at ${width} px, section top at ${at}: ${problem}`);
        }
      }
      await saveScreenshot(page, `layout/${language}-${width}-${view}`);
    }
    return problems;
  }

  it('sign-in', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.demo.standaloneUrl}?lang=${language}`);
    await shows(page.getByRole('form'), 'the sign-in form');
    expect(await checkAtEachWidth(page, 'sign-in')).toEqual([]);
    await page.close();
  });

  it('status bar, notices, rows in every state, window, wrap-up, transfer, admin', async () => {
    const { page, names } = await e2e.openReadyClient({ userId: SEED_IDS.adminCasey, language });
    const view = agentView(page, names);
    const t = names.text;
    const problems: string[] = [];

    await pickUpNewChat(e2e, view, names, LONG_NAME);
    const joChat = await pickUpNewChat(e2e, view, names, 'Jo Chen');
    await pickUpNewChat(e2e, view, names, 'Sam Park');
    // Two chats open in the window: two tabs, one connected, the other held.
    await view.button(view.row(LONG_NAME), names.chat).click();
    await view.button(view.row('Jo Chen'), names.chat).click();
    await shows(view.reply, 'the reply box');
    await view.reply.fill('Thanks, one moment while I look at your order.');
    await shows(view.row(LONG_NAME, t('state.held')), 'the long name held');
    // One alerting chat, before a pending wrap-up stops routing.
    await e2e.startChat('Riley Alerting', SEED_IDS.queueSupport, 'Hello?');
    await shows(view.row('Riley Alerting', t('state.alerting')), 'the alerting row');
    problems.push(...(await checkAtEachWidth(page, 'list-and-window')));

    // A long transcript: Send stays at the bottom of the panel while it scrolls.
    for (let i = 1; i <= 30; i += 1) {
      const said = await fetch(new URL(`/sim/chats/${joChat}/messages`, e2e.demo.simulator.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ body: `Line ${i} of a long question about my order.` }),
      });
      expect(said.ok).toBe(true);
    }
    const log = page.getByRole('log');
    await shows(log.getByText('Line 30 of a long question', { exact: false }), 'the last line');
    problems.push(
      ...(await checkActionAreaAtEachWidth(
        page,
        'long-transcript',
        [t('action.send')],
        page.getByRole('heading', { name: 'Jo Chen', exact: true }),
        () =>
          log.evaluate((el) => {
            el.scrollTop = 0;
          }),
      )),
    );
    problems.push(...(await checkAtEachWidth(page, 'long-transcript-layout')));

    // Disconnect opens the wrap-up. Its codes fail to load (four 500s): the alert and its
    // Retry side by side; Retry loads them.
    const codesFail = await armFault(e2e.demo.simulator.url, {
      status: 500,
      count: 4,
      method: 'GET',
      pathContains: '/wrapupcodes',
    });
    expect(codesFail.status).toBe(202);
    await view.button(view.row('Sam Park'), names.disconnect).click();
    await shows(view.wrapup.getByRole('alert'), 'the codes failed alert');
    problems.push(...(await checkAtEachWidth(page, 'wrapup-codes-failed')));
    await view.button(view.wrapup, t('action.retry')).click();
    await gone(view.wrapup.getByRole('alert'), 'the codes failed alert, after Retry');
    await view.wrapupCode.click();
    await shows(page.getByRole('listbox').first(), 'the code list');
    problems.push(...(await checkAtEachWidth(page, 'wrapup-code-list')));
    problems.push(
      ...(await checkActionAreaAtEachWidth(
        page,
        'wrapup-code-list-done',
        [t('action.done')],
        view.wrapup,
      )),
    );
    await page.keyboard.press('Escape');

    // Closed without Done: red. A presence change the platform refuses raises a notice.
    await view.button(view.wrapup, t('action.close')).click();
    await shows(view.row('Sam Park', t('state.wrapup')), 'the red wrap-up row');
    await e2e.fault({ status: 500, count: 6 });
    await page
      .getByRole('combobox', { name: t('status.presence'), exact: true })
      .selectOption({ label: t('presence.Away') });
    await shows(page.getByRole('list', { name: t('notice.label') }), 'a notice');
    problems.push(...(await checkAtEachWidth(page, 'notices-and-red-row')));

    // The transfer dialog over everything: checked on its own.
    await view.button(view.row('Jo Chen'), names.transfer).click();
    const dialog = page.getByRole('dialog');
    await shows(dialog, 'the transfer dialog');
    await dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first().fill('Sup');
    await page.waitForTimeout(500);
    problems.push(...(await checkAtEachWidth(page, 'transfer', 'dialog[open]')));
    await dialog.getByRole('button', { name: t('action.cancel'), exact: true }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // The admin panel (this user is an admin) at the bottom of the page.
    await shows(page.getByRole('region', { name: t('admin.label'), exact: true }), 'admin');
    await page
      .getByRole('region', { name: t('admin.label'), exact: true })
      .scrollIntoViewIfNeeded();
    problems.push(...(await checkAtEachWidth(page, 'admin')));

    // The long name is cut, yet its row still starts with it for screen readers.
    await page.setViewportSize({ width: 340, height: 640 });
    await shows(view.row(LONG_NAME), 'the long-named row by its full accessible name');
    expect(problems).toEqual([]);
  });
});
