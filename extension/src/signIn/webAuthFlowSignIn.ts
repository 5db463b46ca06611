// The extension's sign-in flow for the core's SignIn: the browser's
// identity.launchWebAuthFlow opens the platform's login in a window of its own and hands back
// the address it was redirected to, identity.getRedirectURL() (in Chrome
// https://<extension-id>.chromiumapp.org/, which Chrome intercepts; in Firefox an
// extensions.allizom.org address). The core does PKCE, the state check and the exchange.
import {
  readSignInSettings,
  webAuthFlow,
  type SignInFlow,
  type SignInSettings,
} from '@acd/shared/embed';
import type { ExtensionApi } from '../browser/extensionApi';
import type { ExtensionSettings } from '../settings/extensionSettings';

/** null when the browser has no identity API (the panel then cannot sign in by OAuth). */
export function extensionSignInFlow(api: ExtensionApi): SignInFlow | null {
  const identity = api.identity;
  if (identity === undefined) return null;
  return webAuthFlow({
    redirectUri: identity.getRedirectURL(),
    // interactive: the agent may have to type a password or choose an account.
    launch: (url) => identity.launchWebAuthFlow({ url, interactive: true }),
  });
}

/** The extension's settings under the core's names (no callback page: the browser redirects). */
export function extensionSignInSettings(settings: ExtensionSettings): SignInSettings {
  return readSignInSettings(
    {
      signIn: settings.signIn === 'simulator' ? 'simulator' : 'oauth',
      platformBaseUrl: settings.platformBaseUrl,
      loginBaseUrl: settings.loginBaseUrl,
      oauthClientId: settings.oauthClientId,
    },
    '',
  );
}
