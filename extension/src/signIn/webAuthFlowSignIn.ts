// Sign-in with PKCE through the browser's identity.launchWebAuthFlow: the browser opens the
// platform's login page in its own window and hands back the redirect URL
// (https://<extension-id>.chromiumapp.org/ in Chrome, identity.getRedirectURL() in Firefox;
// both come from getRedirectURL). The shared PKCE module makes the request and trades the
// code; its verifier waits in memory here, never in a page's storage.
// The panel calls only signInWithWebAuthFlow, so the browser's flow stays in this one file.
import {
  beginPkceLogin,
  completePkceLogin,
  createMemoryWebStorage,
  loginBaseUrlFor,
  SignInError,
  type PlatformSession,
} from '@acd/shared/embed';
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
  const pending = createMemoryWebStorage();
  const redirected = await identity.launchWebAuthFlow({
    url: await beginPkceLogin(config, pending),
    interactive: true,
  });
  if (redirected === undefined) throw new SignInError('The sign-in window was closed');
  const answer = await completePkceLogin(config, redirected, pending, options);
  if (answer.kind === 'session') return answer.session;
  throw new SignInError(
    answer.kind === 'error' ? answer.message : 'The platform answered without a sign-in code',
  );
}
