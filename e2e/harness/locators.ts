// Finding things the way an agent does: by role and accessible name, scoped to a region.
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { escapeRegExp, type Names } from './names';

/** `page` may be an iframe's FrameLocator (a CRM's app frame). */
export function agentView(page: Page | FrameLocator, names: Names) {
  // The spec allows the list to be a list or a region named Interactions.
  const list = page
    .getByRole('region', { name: names.list, exact: true })
    .or(page.getByRole('list', { name: names.list, exact: true }))
    .first();
  /** The row of `customer` whose accessible name also says each of `texts` (any order). */
  const row = (customer: string, ...texts: string[]): Locator =>
    list.getByRole('listitem', {
      name: new RegExp(
        `^${texts.map((t) => `(?=.*${escapeRegExp(t)})`).join('')}${escapeRegExp(customer)}`,
      ),
    });
  const button = (scope: Locator | Page | FrameLocator, name: string) =>
    scope.getByRole('button', { name, exact: true });
  const wrapup = page
    .getByRole('dialog', { name: names.wrapup, exact: true })
    .or(page.getByRole('region', { name: names.wrapup, exact: true }));
  return {
    list,
    row,
    button,
    wrapup,
    reply: page.getByRole('textbox', { name: names.reply, exact: true }),
    send: page.getByRole('button', { name: names.send, exact: true }),
    newMessage: page.getByRole('button', { name: names.newMessage, exact: true }),
    wrapupCode: wrapup.getByRole('combobox', { name: names.wrapupCode, exact: true }),
    notes: wrapup.getByRole('textbox', { name: names.notes, exact: true }),
    done: wrapup.getByRole('button', { name: names.done, exact: true }),
  };
}

export type AgentView = ReturnType<typeof agentView>;

const WAIT_MS = 15_000;

/** Waits until the locator shows (or, with `hidden`, is gone); fails with what was awaited. */
export async function shows(locator: Locator, what: string, timeout = WAIT_MS): Promise<void> {
  await locator
    .first()
    .waitFor({ state: 'visible', timeout })
    .catch((error: unknown) => {
      throw new Error(`Expected to see ${what}: ${(error as Error).message.split('\n')[0] ?? ''}`);
    });
}

export async function gone(locator: Locator, what: string, timeout = WAIT_MS): Promise<void> {
  await locator
    .first()
    .waitFor({ state: 'hidden', timeout })
    .catch((error: unknown) => {
      throw new Error(
        `Expected ${what} to go away: ${(error as Error).message.split('\n')[0] ?? ''}`,
      );
    });
}

/** Asserts that the locator stays absent for a while (something must NOT happen). */
export async function staysAbsent(locator: Locator, what: string, forMs = 1_500): Promise<void> {
  const deadline = Date.now() + forMs;
  while (Date.now() < deadline) {
    if ((await locator.count()) > 0) throw new Error(`Did not expect ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the locator is in the page, shown or only to assistive technology. */
export async function present(locator: Locator, what: string, timeout = WAIT_MS): Promise<void> {
  await locator
    .first()
    .waitFor({ state: 'attached', timeout })
    .catch((error: unknown) => {
      throw new Error(
        `Expected ${what} in the page: ${(error as Error).message.split('\n')[0] ?? ''}`,
      );
    });
}
