// Steps several browser tests take the same way, as an agent would: a new chat picked up
// from the list, and a wrap-up code chosen by typing in the combobox.
import type { Page } from 'playwright-core';
import type { E2eSession } from './e2eSession';
import { SEED_IDS } from './e2eSession';
import { shows, type AgentView } from './locators';
import type { Names } from './names';

/** Starts a chat in Support and picks it up in `view`; resolves with the conversation id. */
export async function pickUpNewChat(
  e2e: E2eSession,
  view: AgentView,
  names: Names,
  customer: string,
): Promise<string> {
  const cid = await e2e.startChat(customer, SEED_IDS.queueSupport, `Hi, ${customer} here.`);
  const alerting = view.row(customer, names.text('state.alerting'));
  await shows(alerting, `${customer} alerting`);
  await view.button(alerting, names.pickUp).click();
  await shows(view.row(customer, names.text('state.connected')), `${customer} connected`);
  return cid;
}

/** Types the start of `code` in the wrap-up combobox and picks the option. */
export async function chooseWrapupCode(page: Page, view: AgentView, code: string): Promise<void> {
  await view.wrapupCode.click();
  await view.wrapupCode.fill(code.slice(0, 3));
  await page.getByRole('option', { name: code, exact: true }).click();
}
