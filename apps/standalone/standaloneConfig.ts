// What the standalone page is told: the platform (`platform`), the language (`lang=ja|en`),
// and how agents sign in (`signIn`, `clientId`, optional `login`), from its address or from
// the deployment's meta tags (`acd-sign-in`, `acd-oauth-client-id`). `signIn=simulator`
// turns the simulator's user picker on; nothing else does.
import { type Language, languageFromLocale } from '@acd/shared';
import { readSignInSettings, SignInSettingsError, type SignInSettings } from '@acd/shared/embed';

export interface StandaloneConfig {
  platformBaseUrl: string;
  language: Language;
  signIn: SignInSettings;
  /** This page without its query: the redirect URI registered for the OAuth client. */
  redirectUri: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface StandaloneDefaults {
  platformBaseUrl: string;
  browserLanguage?: string;
  signIn?: string;
  clientId?: string;
  /** Other platforms `?platform=` and `?login=` may name (the page's CSP allows the same). */
  allowedPlatforms?: string[];
}

function httpUrl(value: string, what: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${what} is not a URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`${what} must be an http(s) URL: ${value}`);
  }
  // The platform client joins API paths to this; a trailing slash or path would double up.
  return url.origin;
}

/**
 * A platform the page may talk to: the deployment's list (its CSP allows connections to those
 * and no others), so a link cannot point the agent's client at someone else's server.
 */
function allowedOrigin(value: string, what: string, allowed: readonly string[]): string {
  const origin = httpUrl(value, what);
  if (!allowed.includes(origin)) {
    throw new ConfigError(
      `${what} ${origin} is not a platform this deployment allows (${allowed.join(', ')})`,
    );
  }
  return origin;
}

export function readStandaloneConfig(href: string, defaults: StandaloneDefaults): StandaloneConfig {
  const url = new URL(href);
  const params = url.searchParams;
  const allowed = [
    httpUrl(defaults.platformBaseUrl, 'The default platform'),
    ...(defaults.allowedPlatforms ?? []).map((p) => httpUrl(p, 'An allowed platform')),
  ];
  const platformBaseUrl = allowedOrigin(
    params.get('platform') ?? defaults.platformBaseUrl,
    'platform',
    allowed,
  );
  const loginParam = params.get('login');
  const lang = params.get('lang');
  const language: Language =
    lang === 'ja' || lang === 'en' ? lang : languageFromLocale(defaults.browserLanguage);
  try {
    const signIn = readSignInSettings(
      {
        platformBaseUrl,
        signIn: params.get('signIn') ?? defaults.signIn,
        oauthClientId: params.get('clientId') ?? defaults.clientId,
        loginBaseUrl: loginParam === null ? undefined : allowedOrigin(loginParam, 'login', allowed),
      },
      // The callback page is built beside this one.
      new URL('../callback/', `${url.origin}${url.pathname}`).toString(),
    );
    return { platformBaseUrl, language, signIn, redirectUri: `${url.origin}${url.pathname}` };
  } catch (error) {
    if (error instanceof SignInSettingsError) throw new ConfigError(error.message);
    throw error;
  }
}
