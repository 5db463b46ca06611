// How a deployment signs its agents in, read the same way by every host from its own
// settings (URL, utility item properties, ZAF settings, config.json). `signIn: "simulator"`
// is an explicit switch for demos and tests; it is never guessed from the platform's URL.
import { loginBaseUrlFor } from '../pkce';

export type SignInMode = 'oauth' | 'simulator';

export interface SignInSettings {
  mode: SignInMode;
  platformBaseUrl: string;
  /** The platform's OAuth origin (login.<region>); the simulator serves both on one. */
  loginBaseUrl: string;
  /** Public id of the platform's OAuth client; empty when the deployment has none yet. */
  clientId: string;
  /** The callback page, the popup's redirect URI (registered for the client); '' if unset. */
  callbackUrl: string;
}

export interface RawSignInSettings {
  signIn?: unknown;
  platformBaseUrl: string;
  loginBaseUrl?: unknown;
  oauthClientId?: unknown;
  callbackUrl?: unknown;
}

export class SignInSettingsError extends Error {
  override readonly name = 'SignInSettingsError';
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function origin(value: string, what: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SignInSettingsError(`${what} is not a URL: "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SignInSettingsError(`${what} must be an http(s) URL: "${value}"`);
  }
  return url.origin;
}

/**
 * `defaultCallbackUrl` is where this host's build puts the callback page (beside the
 * standalone page; '' for a host with no pages of its own); `callbackUrl` overrides it.
 */
export function readSignInSettings(
  raw: RawSignInSettings,
  defaultCallbackUrl: string,
): SignInSettings {
  const mode = text(raw.signIn) === '' ? 'oauth' : text(raw.signIn);
  if (mode !== 'oauth' && mode !== 'simulator') {
    throw new SignInSettingsError(`signIn must be "oauth" or "simulator", not "${mode}"`);
  }
  const platformBaseUrl = origin(raw.platformBaseUrl, 'The platform base URL');
  const login = text(raw.loginBaseUrl);
  const callback = text(raw.callbackUrl) === '' ? defaultCallbackUrl : text(raw.callbackUrl);
  let callbackUrl = '';
  if (callback !== '') {
    try {
      callbackUrl = new URL(callback).toString();
    } catch {
      throw new SignInSettingsError(`The callback page URL is not a URL: "${callback}"`);
    }
  }
  return {
    mode,
    platformBaseUrl,
    loginBaseUrl:
      login === '' ? loginBaseUrlFor(platformBaseUrl) : origin(login, 'The login base URL'),
    clientId: text(raw.oauthClientId),
    callbackUrl,
  };
}
