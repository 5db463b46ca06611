// The popup sign-in of the CRM hosts as an agent goes through it: press the client's sign-in
// button, answer the platform's login page in the window that opens, and let the callback
// page hand the answer back. Also a browser that blocks the first popup, as a pop-up blocker
// does (window.open answers null), so the client's "try again" can be pressed.
import type { BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import type { Language } from '@acd/shared';
import { answerLoginPage, signInButtonName } from './platformLogin';

/**
 * Clicks the sign-in button in `scope` (a page, an app frame or a region of either) and
 * returns the popup.
 */
export async function openSignInPopup(
  page: Page,
  scope: Page | FrameLocator | Locator,
  buttonName: string,
): Promise<Page> {
  const opened = page.context().waitForEvent('page');
  await scope.getByRole('button', { name: buttonName, exact: true }).click();
  return opened;
}

/** Signs in through the popup as `userName`; resolves once the popup closed itself. */
export async function signInWithPopup(
  page: Page,
  scope: Page | FrameLocator,
  language: Language,
  userName = 'Alex Morgan',
): Promise<void> {
  const popup = await openSignInPopup(page, scope, signInButtonName(language));
  await answerLoginPage(popup, language, 'allow', userName);
  await popupClosed(popup);
}

/**
 * Waits for the sign-in popup to close itself (the callback page does, once it has handed the
 * answer to its opener); if it does not, says where it stopped and what it shows.
 */
export async function popupClosed(popup: Page, timeout = 20_000): Promise<void> {
  try {
    await popup.waitForEvent('close', { timeout });
  } catch (error) {
    if (popup.isClosed()) return;
    const where = popup.url();
    const shown = await popup
      .locator('body')
      .innerText({ timeout: 2_000 })
      .catch(() => '(no text)');
    throw new Error(
      `The sign-in popup did not close within ${timeout} ms; it shows ${where}: ${shown.slice(0, 500)}`,
      { cause: error },
    );
  }
}

/** Every frame's first window.open answers null, as when the browser blocks the popup. */
export async function blockFirstPopup(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const open = window.open.bind(window);
    let blocked = false;
    window.open = (...args: Parameters<typeof window.open>) => {
      if (!blocked) {
        blocked = true;
        return null;
      }
      return open(...args);
    };
  });
}

/** The access token each `POST /oauth/token` of the context bought, in order. */
export function recordTokens(context: BrowserContext): string[] {
  const tokens: string[] = [];
  context.on('response', (response) => {
    if (response.request().method() !== 'POST' || !response.url().endsWith('/oauth/token')) {
      return;
    }
    void response
      .json()
      .then((body: { access_token?: unknown }) => {
        if (typeof body.access_token === 'string') tokens.push(body.access_token);
      })
      .catch(() => undefined);
  });
  return tokens;
}
