// The admin's parameters (manifest.json) as the core's settings. ZAF hands checkbox values
// as booleans (older hosts as "true"/"false") and every text as a string.
import type { InstallSettings, Settings } from '@acd/shared';
import { readSignInSettings, SignInSettingsError, type SignInSettings } from '@acd/shared/embed';
import type { ZafMetadata } from './zaf/zafClient';

export interface AppSettings {
  platformBaseUrl: string;
  /** Public id of the platform's PKCE OAuth client. */
  oauthClientId: string;
  /** How agents sign in: the platform's popup + callback page, or the simulator's picker. */
  signIn: SignInSettings;
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

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

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
  // The agent's token travels to this URL: https, except the simulator on the agent's own
  // machine during development (loopback is never on the network).
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new SettingsError(
      `The platform base URL must use https (http only for the loopback simulator, e.g. http://127.0.0.1:4010), not ${platformBaseUrl}`,
    );
  }
  let signIn: SignInSettings;
  try {
    signIn = readSignInSettings(
      {
        platformBaseUrl,
        signIn: s.signIn,
        oauthClientId: s.oauthClientId,
        loginBaseUrl: s.loginBaseUrl,
        callbackUrl: s.callbackUrl,
      },
      // The app's own asset URL changes with every upload: no default callback page.
      '',
    );
  } catch (error) {
    if (error instanceof SignInSettingsError) throw new SettingsError(error.message);
    throw error;
  }
  return {
    platformBaseUrl,
    oauthClientId: text(s.oauthClientId),
    signIn,
    ...installSettingsFrom(s),
  };
}

/** The install-wide settings among the parameters (metadata or the installation's settings). */
export function installSettingsFrom(s: Record<string, unknown>): InstallSettings {
  return {
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
