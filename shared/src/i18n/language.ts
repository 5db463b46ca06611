import type { Language } from '../features/settings/settingsSlice';

/**
 * `ja` when the CRM or browser locale is Japanese, otherwise `en`. Apart from the texts
 * (translate.ts), so a page's first script can choose the language without loading them.
 */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('ja') === true ? 'ja' : 'en';
}
