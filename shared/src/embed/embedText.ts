// The hosts' own strings (sign-in, page title, leave warning), kept beside the agent UI's
// resources but separate from them: the CRM shells never show these.
import type { Language } from '../features/settings/settingsSlice';
import en from './embed.en.json';
import ja from './embed.ja.json';

export type EmbedTextKey = keyof typeof en;

const resources: Record<Language, Record<EmbedTextKey, string>> = { en, ja };

export function embedText(
  language: Language,
  key: EmbedTextKey,
  params: Record<string, string | number> = {},
): string {
  return resources[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
