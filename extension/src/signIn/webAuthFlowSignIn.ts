// Sign-in with PKCE through the browser's identity.launchWebAuthFlow: the browser opens the
// platform's login page in its own window and hands back the redirect URL
// (https://<extension-id>.chromiumapp.org/ in Chrome, identity.getRedirectURL() in Firefox,
// both from getRedirectURL). The verifier never leaves this function.
// TODO(issue 11): once the oauth branch's shared sign-in module is on main, this one function
// is what gets wired to it; the panel only calls signInWithWebAuthFlow.
import type { PlatformSession } from '@acd/shared/embed/implicitGrant';
import {
  authorizeUrl,
  createRandomToken,
  exchangeCode,
  loginBaseUrlFor,
  SignInError,
} from '@acd/shared/embed/pkce';
import type { ExtensionApi } from '../browser/extensionApi';
import type { ExtensionSettings } from '../settings/extensionSettings';

export async function signInWithWebAuthFlow(
  api: ExtensionApi,
  settings: ExtensionSettings,
  options: { fetch?: typeof fetch } = {},
): Promise<PlatformSession> {
  const identity = api.identity;
  if (identity === undefined) throw new SignInError('This browser has no identity API');
  if (settings.oauthClientId === '') throw new SignInError('No OAuth client id is set');
  const config = {
    loginBaseUrl: settings.loginBaseUrl || loginBaseUrlFor(settings.platformBaseUrl),
    clientId: settings.oauthClientId,
    redirectUri: identity.getRedirectURL(),
  };
  const request = { verifier: createRandomToken(), state: createRandomToken() };
  const redirected = await identity.launchWebAuthFlow({
    url: await authorizeUrl(config, request),
    interactive: true,
  });
  if (redirected === undefined) throw new SignInError('The sign-in window was closed');
  const url = new URL(redirected);
  const error = url.searchParams.get('error');
  if (error !== null) {
    throw new SignInError(url.searchParams.get('error_description') ?? error);
  }
  return exchangeCode(
    config,
    request,
    { code: url.searchParams.get('code') ?? '', state: url.searchParams.get('state') },
    options,
  );
}
