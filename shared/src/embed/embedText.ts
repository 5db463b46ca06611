// The hosts' own strings (sign-in, page title, leave warning), kept beside the agent UI's
// resources but separate from them: the CRM shells never show these.
import type { Language } from '../features/settings/settingsSlice';
import { fillPlaceholders, type TextParams } from '../i18n/fillPlaceholders';
import en from './embed.en.json';
import ja from './embed.ja.json';

export type EmbedTextKey = keyof typeof en;

const resources: Record<Language, Record<EmbedTextKey, string>> = { en, ja };

export function embedText(language: Language, key: EmbedTextKey, params: TextParams = {}): string {
  return fillPlaceholders(resources[language][key], params);
}
