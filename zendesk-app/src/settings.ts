// The admin's parameters (manifest.json) as the core's settings. ZAF hands checkbox values
// as booleans (older hosts as "true"/"false") and every text as a string.
import {
  AdminSettingsError,
  checkPlatformBaseUrl,
  cleanAdminProperties,
  type InstallSettings,
  type Settings,
} from '@acd/shared';
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

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

export function readAppSettings(metadata: ZafMetadata): AppSettings {
  const s = metadata.settings;
  // The one set of rules every host cleans its admin's settings by (the core's).
  const cleaned = cleanAdminProperties({ ...s, ringing: s.ringingDefault });
  const { platformBaseUrl } = cleaned;
  try {
    checkPlatformBaseUrl(platformBaseUrl);
  } catch (error) {
    if (error instanceof AdminSettingsError) throw new SettingsError(error.message);
    throw error;
  }
  let signIn: SignInSettings;
  try {
    signIn = readSignInSettings(
      {
        platformBaseUrl,
        signIn: cleaned.signIn,
        oauthClientId: cleaned.oauthClientId,
        loginBaseUrl: cleaned.loginBaseUrl,
        callbackUrl: cleaned.callbackUrl,
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
    oauthClientId: cleaned.oauthClientId,
    signIn,
    ...installSettingsFrom(s),
  };
}

/** The install-wide settings among the parameters (metadata or the installation's settings). */
export function installSettingsFrom(s: Record<string, unknown>): InstallSettings {
  // The core's rules for checkboxes: booleans, "true"/"false", else the default.
  const cleaned = cleanAdminProperties({
    callLogging: s.callLogging,
    autoAnswer: s.autoAnswer,
    ringing: s.ringingDefault,
  });
  return {
    callLogging: cleaned.callLogging,
    autoAnswer: cleaned.autoAnswer,
    ringingDefault: cleaned.ringing,
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
