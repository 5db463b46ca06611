// Every visible string comes from en.json / ja.json; `{name}` placeholders are filled in.
// English singulars live under `<key>_one` and are used when `count` is 1 (Japanese has no
// grammatical plural, so it needs none).
import type { Language } from '../features/settings/settingsSlice';
import en from './en.json';
import { fillPlaceholders, type TextParams } from './fillPlaceholders';
import ja from './ja.json';

export type MessageKey = keyof typeof en;

const resources: Record<Language, Record<string, string>> = { en, ja };

function template(language: Language, key: string, params: TextParams) {
  const lookup = (k: string) => resources[language][k] ?? resources.en[k];
  const singular = params.count === 1 ? resources[language][`${key}_one`] : undefined;
  return singular ?? lookup(key) ?? key;
}

export function translate(language: Language, key: string, params: TextParams = {}): string {
  return fillPlaceholders(template(language, key, params), params);
}

/** A filled-in parameter, kept apart so the UI can isolate it (customer text, bidi). */
export interface FilledParam {
  param: string;
  value: string;
}

/** `translate`, with each filled-in parameter as its own part. */
export function translateParts(
  language: Language,
  key: string,
  params: TextParams = {},
): (string | FilledParam)[] {
  const parts: (string | FilledParam)[] = [];
  let last = 0;
  const text = template(language, key, params);
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] ?? '';
    const value = params[name];
    if (value === undefined) continue;
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ param: name, value: String(value) });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Unicode's first-strong isolate and its end: bidi isolation inside a plain string. */
export function isolateText(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Elapsed time: `1:05` / `1:02:05` in English, `1分05秒` / `1時間02分05秒` in Japanese. */
export function formatDuration(language: Language, totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  if (language === 'ja') return h > 0 ? `${h}時間${mm}分${s}秒` : `${mm}分${s}秒`;
  return h > 0 ? `${h}:${mm}:${s}` : `${mm}:${s}`;
}

const LOCALES: Record<Language, string> = { en: 'en-US', ja: 'ja-JP' };

/**
 * Made on first use, one per language: a formatter loads its locale's data, which cost
 * 40-100 ms of a cold start here when both were made at import.
 */
const timeFormats: Partial<Record<Language, Intl.DateTimeFormat>> = {};
const timeFormat = (language: Language) =>
  (timeFormats[language] ??= new Intl.DateTimeFormat(LOCALES[language], {
    hour: '2-digit',
    minute: '2-digit',
  }));

/**
 * The clock time of an ISO timestamp; an empty string when it is not a date. The platform
 * boundary already refuses such times, but a render must never throw on one.
 */
export function formatTime(language: Language, iso: string): string {
  const time = typeof iso === 'string' ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(time)) return '';
  try {
    return timeFormat(language).format(time);
  } catch {
    // Date.parse accepts a few values Intl refuses (beyond its range): show no time.
    return '';
  }
}
