// The built pages link SLDS purged to the rules their scripts and markup name
// (apps/server/pagesSlds.ts), not the full 984 KB stylesheet `npm start` serves in development.
// This checks that nothing the agent sees changed: with the full stylesheet added on top, every
// element of the standalone client (list, a chat open, the reply box), of its sign-in and of
// the demo page computes the same styles.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './harness/describeInBrowser';
import { startE2eSession, type E2eSession } from './harness/e2eSession';
import { pickUpNewChat } from './harness/agentSteps';
import { agentView, shows } from './harness/locators';
import { namesFor } from './harness/names';

const FULL_SLDS = readFileSync(
  path.resolve(
    __dirname,
    '../node_modules/@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.min.css',
  ),
  'utf8',
);

/**
 * Properties the purge changes on purpose or only in spelling: custom properties (the
 * minifier rewrites `.25rem` as `0.25rem`), image URLs (the purge ships no images; SLDS's
 * data: images stay), and the legacy `-webkit-box-*` flexbox prefixes, which the minifier
 * drops and which only apply to `display: -webkit-box` (SLDS grids are `display: flex`).
 */
const IGNORED =
  /^(--|background-image|mask|-webkit-mask|list-style-image|border-image|-webkit-box-)/;

/**
 * Every element under `body`: its tag and class, and its computed styles. A font list counts
 * each family once: the minifier writes normalize's `monospace, monospace` as `monospace`.
 */
async function computedStyles(page: Page) {
  // A button that just became enabled is still fading its border in: read the end state.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished),
    ),
  );
  return page.evaluate((ignored) => {
    const skip = new RegExp(ignored);
    const families = (value: string) => [...new Set(value.split(/\s*,\s*/))].join(', ');
    return [...document.querySelectorAll('body *')].map((element) => {
      const style = getComputedStyle(element);
      const values: Record<string, string> = {};
      for (const property of style) {
        if (skip.test(property)) continue;
        const value = style.getPropertyValue(property);
        values[property] = property === 'font-family' ? families(value) : value;
      }
      return { element: `${element.tagName} .${element.getAttribute('class') ?? ''}`, values };
    });
  }, IGNORED.source);
}

/** What differs once the full stylesheet is added: `element property: purged -> full`. */
async function differencesWithFullSlds(page: Page): Promise<string[]> {
  // Nothing still loading that would change the view between the two readings.
  await page.waitForLoadState('networkidle');
  const purged = await computedStyles(page);
  await page.addStyleTag({ content: FULL_SLDS });
  const full = await computedStyles(page);
  expect(full.length).toBe(purged.length);
  const differences = new Set<string>();
  purged.forEach(({ element, values }, index) => {
    for (const [property, value] of Object.entries(values)) {
      const other = full[index]?.values[property];
      if (other !== value) differences.add(`${element} ${property}: ${value} -> ${other}`);
    }
  });
  return [...differences];
}

describeInBrowser('the purged SLDS styles the built pages as the full stylesheet does', () => {
  let e2e: E2eSession;
  beforeAll(async () => {
    e2e = await startE2eSession();
  });
  afterAll(() => e2e.close());

  it('the standalone client: the list and an open chat with its reply box', async () => {
    await e2e.reset();
    // Inline <style> is what the CSP refuses on the built pages; the check adds one.
    const context = await e2e.browser.newContext({ bypassCSP: true });
    const client = await e2e.openReadyClient({ context });
    const names = namesFor(client.language);
    const view = agentView(client.page, names);
    const customer = 'Robin Purge';
    await pickUpNewChat(e2e, view, names, customer);
    await view.button(view.row(customer), names.chat).click();
    await shows(view.reply, 'the reply box');
    const stylesheets = await client.page.evaluate(() =>
      [...document.styleSheets].map((sheet) => sheet.href ?? 'inline'),
    );
    expect(stylesheets).toEqual([expect.stringMatching(/\/assets\/slds-[0-9a-f]{10}\.css$/)]);
    expect(await differencesWithFullSlds(client.page)).toEqual([]);
    await context.close();
  });

  it('the standalone sign-in', async () => {
    const context = await e2e.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(e2e.demo.standaloneUrl);
    await shows(page.getByRole('form'), 'the sign-in form');
    expect(await differencesWithFullSlds(page)).toEqual([]);
    await context.close();
  });

  it('the demo page', async () => {
    const context = await e2e.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(e2e.demo.demoUrl);
    await shows(page.getByRole('button', { name: 'Start chat' }), 'the customer panel');
    expect(await differencesWithFullSlds(page)).toEqual([]);
    await context.close();
  });
});
