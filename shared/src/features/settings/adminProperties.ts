// The admin's settings as a CRM hands them to its host (Salesforce utility item properties,
// Zendesk app parameters), cleaned by one set of rules for every host: text trimmed, a
// checkbox as a boolean or the string "true"/"false", a blank meaning "not set" (the
// default), the platform URL without trailing slashes and, where checked, https.
import { languageFromLocale } from '../../i18n/language';
import type { Language, Settings } from './settingsSlice';

/** As the CRM hands them: any type, any spacing, possibly missing. */
export interface RawAdminProperties {
  platformBaseUrl?: unknown;
  oauthClientId?: unknown;
  /** "oauth" (the platform's login) or "simulator" (the simulator's picker). */
  signIn?: unknown;
  loginBaseUrl?: unknown;
  callbackUrl?: unknown;
  callLogging?: unknown;
  autoAnswer?: unknown;
  /** Ringing by default (the agent may still change it). */
  ringing?: unknown;
  /** "auto" (the CRM user's language), "en" or "ja". */
  defaultLanguage?: unknown;
}

export interface AdminProperties {
  /** '' when not set. */
  platformBaseUrl: string;
  oauthClientId: string;
  /** "oauth", "simulator", or the admin's typo as typed (readSignInSettings refuses it by name). */
  signIn: string;
  loginBaseUrl: string;
  callbackUrl: string;
  callLogging: boolean;
  autoAnswer: boolean;
  ringing: boolean;
  defaultLanguage: Language | 'auto';
}

export class AdminSettingsError extends Error {
  override readonly name = 'AdminSettingsError';
}

export const ADMIN_DEFAULTS: AdminProperties = {
  platformBaseUrl: '',
  oauthClientId: '',
  signIn: 'oauth',
  loginBaseUrl: '',
  callbackUrl: '',
  callLogging: false,
  autoAnswer: false,
  ringing: true,
  defaultLanguage: 'auto',
};

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const withoutTrailingSlashes = (value: string) => value.replace(/\/+$/, '');

/** A checkbox: booleans as they are, "true"/"false" from older pages, else the default. */
function flag(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  const word = text(value).toLowerCase();
  if (word === 'true') return true;
  if (word === 'false') return false;
  return fallback;
}

function signInMode(value: unknown): string {
  const mode = text(value);
  if (mode === '') return ADMIN_DEFAULTS.signIn;
  const lower = mode.toLowerCase();
  return lower === 'oauth' || lower === 'simulator' ? lower : mode;
}

function defaultLanguage(value: unknown): Language | 'auto' {
  const language = text(value).toLowerCase();
  return language === 'en' || language === 'ja' ? language : 'auto';
}

/** Never throws: a wrong value becomes its default, or is kept for a check to name it. */
export function cleanAdminProperties(raw: RawAdminProperties): AdminProperties {
  return {
    platformBaseUrl: withoutTrailingSlashes(text(raw.platformBaseUrl)),
    oauthClientId: text(raw.oauthClientId),
    signIn: signInMode(raw.signIn),
    loginBaseUrl: withoutTrailingSlashes(text(raw.loginBaseUrl)),
    callbackUrl: text(raw.callbackUrl),
    callLogging: flag(raw.callLogging, ADMIN_DEFAULTS.callLogging),
    autoAnswer: flag(raw.autoAnswer, ADMIN_DEFAULTS.autoAnswer),
    ringing: flag(raw.ringing, ADMIN_DEFAULTS.ringing),
    defaultLanguage: defaultLanguage(raw.defaultLanguage),
  };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The agent's token travels to this URL: https, except the simulator on the agent's own
 * machine during development (loopback is never on the network).
 */
export function checkPlatformBaseUrl(platformBaseUrl: string): string {
  let url: URL;
  try {
    url = new URL(platformBaseUrl);
  } catch {
    throw new AdminSettingsError(`The platform base URL "${platformBaseUrl}" is not a URL`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new AdminSettingsError(
      `The platform base URL must use https (http only for the loopback simulator, e.g. http://127.0.0.1:4010), not ${platformBaseUrl}`,
    );
  }
  return platformBaseUrl;
}

/**
 * The core settings the admin's properties set; `userLocale` is the CRM user's language,
 * used when the admin left the language on "auto".
 */
export function coreSettingsFromAdmin(
  properties: AdminProperties,
  userLocale: string | undefined,
): Partial<Settings> {
  return {
    callLogging: properties.callLogging,
    autoAnswer: properties.autoAnswer,
    ringing: properties.ringing,
    language:
      properties.defaultLanguage === 'auto'
        ? languageFromLocale(userLocale)
        : properties.defaultLanguage,
    ...(properties.platformBaseUrl === '' ? {} : { platformBaseUrl: properties.platformBaseUrl }),
  };
}
