// The extension's settings: what the agent or admin saved on the options page
// (storage.local), overlaid by the managed policy (storage.managed), which always wins.
// Each key is checked on its own: a bad value is reported and replaced by its default,
// the other keys still apply.
import { fillUrlTemplate } from '../crm/urlTemplate';

export type SignInMode = 'pkce' | 'simulator';
export type LanguageSetting = 'auto' | 'en' | 'ja';

export interface ExtensionSettings {
  platformBaseUrl: string;
  /** Empty: derived from the platform URL (api.<domain> -> login.<domain>). */
  loginBaseUrl: string;
  oauthClientId: string;
  signIn: SignInMode;
  callLogging: boolean;
  autoAnswer: boolean;
  ringingDefault: boolean;
  language: LanguageSetting;
  /** Empty: no screen pop. */
  screenPopUrlTemplate: string;
  /** Where call logging POSTs a finished interaction's log. */
  callLogWebhookUrl: string;
}

export type SettingKey = keyof ExtensionSettings;

export const SETTING_KEYS: readonly SettingKey[] = [
  'platformBaseUrl',
  'loginBaseUrl',
  'oauthClientId',
  'signIn',
  'callLogging',
  'autoAnswer',
  'ringingDefault',
  'language',
  'screenPopUrlTemplate',
  'callLogWebhookUrl',
];

export const DEFAULT_SETTINGS: ExtensionSettings = {
  platformBaseUrl: 'https://api.mypurecloud.com',
  loginBaseUrl: '',
  oauthClientId: '',
  signIn: 'pkce',
  callLogging: false,
  autoAnswer: false,
  ringingDefault: true,
  language: 'auto',
  screenPopUrlTemplate: '',
  callLogWebhookUrl: '',
};

export interface SettingProblem {
  key: SettingKey;
  source: 'options' | 'managed';
  message: string;
}

export interface ResolvedSettings {
  settings: ExtensionSettings;
  /** Keys the policy sets: shown read-only on the options page. */
  managed: ReadonlySet<SettingKey>;
  problems: SettingProblem[];
}

type Check = (value: unknown) => { ok: true; value: unknown } | { ok: false; message: string };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The agent's token (platform, login) and the customer's data (the web hook's logs) travel to
 * these URLs: https, or http to the loopback simulator or hook on the agent's own machine
 * (loopback never leaves it), as the Zendesk app's platform URL.
 */
const secureUrl =
  (allowEmpty: boolean): Check =>
  (value) => {
    if (typeof value !== 'string') return { ok: false, message: 'must be text' };
    const trimmed = value.trim().replace(/\/+$/, '');
    if (trimmed === '' && allowEmpty) return { ok: true, value: '' };
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      return { ok: false, message: `"${trimmed}" is not a URL` };
    }
    if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)))
      return { ok: true, value: trimmed };
    return {
      ok: false,
      message: `"${trimmed}" must use https (http only on this machine: 127.0.0.1, localhost)`,
    };
  };

const text: Check = (value) =>
  typeof value === 'string'
    ? { ok: true, value: value.trim() }
    : { ok: false, message: 'must be text' };

const flag: Check = (value) =>
  typeof value === 'boolean'
    ? { ok: true, value }
    : { ok: false, message: 'must be true or false' };

const oneOf =
  (...allowed: string[]): Check =>
  (value) =>
    typeof value === 'string' && allowed.includes(value)
      ? { ok: true, value }
      : { ok: false, message: `must be one of ${allowed.join(', ')}` };

/** The template is filled with sample values: known placeholders only, an http(s) URL. */
const template: Check = (value) => {
  if (typeof value !== 'string') return { ok: false, message: 'must be text' };
  const trimmed = value.trim();
  if (trimmed === '') return { ok: true, value: '' };
  try {
    fillUrlTemplate(trimmed, { conversationId: 'x' });
    return { ok: true, value: trimmed };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `does not make a screen-pop URL (${reason})` };
  }
};

const CHECKS: Record<SettingKey, Check> = {
  platformBaseUrl: secureUrl(false),
  loginBaseUrl: secureUrl(true),
  oauthClientId: text,
  signIn: oneOf('pkce', 'simulator'),
  callLogging: flag,
  autoAnswer: flag,
  ringingDefault: flag,
  language: oneOf('auto', 'en', 'ja'),
  screenPopUrlTemplate: template,
  callLogWebhookUrl: secureUrl(true),
};

function apply(
  target: Record<string, unknown>,
  source: unknown,
  origin: SettingProblem['source'],
  problems: SettingProblem[],
  applied: Set<SettingKey>,
) {
  if (typeof source !== 'object' || source === null) return;
  for (const key of SETTING_KEYS) {
    const raw = (source as Record<string, unknown>)[key];
    if (raw === undefined) continue;
    const checked = CHECKS[key](raw);
    if (checked.ok) {
      target[key] = checked.value;
      applied.add(key);
    } else {
      problems.push({ key, source: origin, message: `${key} ${checked.message}` });
    }
  }
}

export function resolveSettings(options: unknown, managed: unknown): ResolvedSettings {
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const problems: SettingProblem[] = [];
  apply(merged, options, 'options', problems, new Set());
  const managedKeys = new Set<SettingKey>();
  apply(merged, managed, 'managed', problems, managedKeys);
  const settings = merged as unknown as ExtensionSettings;
  if (settings.callLogging && settings.callLogWebhookUrl === '') {
    // Logs with nowhere to go would pile up in the outbox: logging stays off until a URL is set.
    problems.push({
      key: 'callLogWebhookUrl',
      source: managedKeys.has('callLogging') ? 'managed' : 'options',
      message: 'call logging needs callLogWebhookUrl; logging is off until one is set',
    });
    settings.callLogging = false;
  }
  return { settings, managed: managedKeys, problems };
}

/** Only the valid keys of an options form, ready for storage.local. */
export function pickStorable(values: Partial<Record<SettingKey, unknown>>): {
  values: Partial<ExtensionSettings>;
  problems: SettingProblem[];
} {
  const out: Record<string, unknown> = {};
  const problems: SettingProblem[] = [];
  apply(out, values, 'options', problems, new Set());
  return { values: out, problems };
}
