// The host's own words (frame messages, integration notices), in English and Japanese; the
// agent UI's words come from the shared core.
import type { Language } from '@acd/shared';
import en from './en.json';
import ja from './ja.json';

export type HostTextKey = keyof typeof en;

const resources: Record<Language, Record<HostTextKey, string>> = { en, ja };

export function hostText(
  language: Language,
  key: HostTextKey,
  params: Record<string, string | number> = {},
): string {
  return resources[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
