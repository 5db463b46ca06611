// The platform's login page (the simulator's /oauth/authorize) as an agent uses it: choose
// who you are, then allow or cancel. Its words follow the browser's language.
import type { Page } from 'playwright-core';
import type { Language } from '@acd/shared';
import { embedText } from '@acd/shared/embed';

const LOGIN_PAGE = {
  en: { allow: 'Allow', cancel: 'Cancel' },
  ja: { allow: '許可', cancel: 'キャンセル' },
} as const;

/** The client's own sign-in button, in the agent's language. */
export const signInButtonName = (language: Language) => embedText(language, 'signIn.withPlatform');

export async function answerLoginPage(
  page: Page,
  language: Language,
  decision: 'allow' | 'cancel',
  userName = 'Alex Morgan',
): Promise<void> {
  await page.waitForURL(/\/oauth\/authorize\?/);
  await page.getByRole('radio', { name: new RegExp(`^${userName} \\(`) }).check();
  await page.getByRole('button', { name: LOGIN_PAGE[language][decision], exact: true }).click();
}
