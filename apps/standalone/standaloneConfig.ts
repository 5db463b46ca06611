// What the standalone page is told by its address: the platform (`platform`), the language
// (`lang=ja|en`), and for a real platform the OAuth client (`clientId`, optional `login`).
import { type Language, languageFromLocale } from '@acd/shared';
import { loginBaseUrlFor, type PkceConfig } from '@acd/shared/embed';

export interface StandaloneConfig {
  platformBaseUrl: string;
  language: Language;
  /** Present when the page signs in with the platform's PKCE login instead of the simulator. */
  pkce?: PkceConfig;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
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

export function readStandaloneConfig(
  href: string,
  defaults: { platformBaseUrl: string; browserLanguage?: string; allowedPlatforms?: string[] },
): StandaloneConfig {
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
  const lang = params.get('lang');
  const language: Language =
    lang === 'ja' || lang === 'en' ? lang : languageFromLocale(defaults.browserLanguage);
  const clientId = params.get('clientId');
  if (clientId === null || clientId === '') return { platformBaseUrl, language };
  const login = params.get('login');
  // The redirect comes back to this page with the same platform and language.
  const redirect = new URL(url.pathname, url.origin);
  for (const name of ['platform', 'lang', 'clientId', 'login']) {
    const value = params.get(name);
    if (value !== null) redirect.searchParams.set(name, value);
  }
  return {
    platformBaseUrl,
    language,
    pkce: {
      clientId,
      loginBaseUrl:
        login === null ? loginBaseUrlFor(platformBaseUrl) : allowedOrigin(login, 'login', allowed),
      redirectUri: redirect.toString(),
    },
  };
}
