// The admin's parameters (manifest.json) as the core's settings. ZAF hands checkbox values
// as booleans (older hosts as "true"/"false") and every text as a string.
import type { Settings } from '@acd/shared';
import type { ZafMetadata } from './zaf/zafClient';

export interface AppSettings {
  platformBaseUrl: string;
  /** Public id of the platform's PKCE OAuth client; empty means the simulator's sign-in. */
  oauthClientId: string;
  callLogging: boolean;
  autoAnswer: boolean;
  ringingDefault: boolean;
}

function flag(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return fallback;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

export function readAppSettings(metadata: ZafMetadata): AppSettings {
  const s = metadata.settings;
  const platformBaseUrl = text(s.platformBaseUrl).replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(platformBaseUrl);
  } catch {
    throw new SettingsError(`The platform base URL "${platformBaseUrl}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SettingsError(`The platform base URL must be http(s), not ${url.protocol}`);
  }
  return {
    platformBaseUrl,
    oauthClientId: text(s.oauthClientId),
    callLogging: flag(s.callLogging, false),
    autoAnswer: flag(s.autoAnswer, false),
    ringingDefault: flag(s.ringingDefault, true),
  };
}

/** The core settings these parameters set (the agent may still change ringing). */
export function coreSettingsFrom(settings: AppSettings): Partial<Settings> {
  return {
    platformBaseUrl: settings.platformBaseUrl,
    callLogging: settings.callLogging,
    autoAnswer: settings.autoAnswer,
    ringing: settings.ringingDefault,
  };
}
