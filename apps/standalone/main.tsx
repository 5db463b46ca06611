// The standalone agent client page (/standalone/ of the demo server).
import '@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.min.css';
import { pendingReturnTo } from '@acd/shared/embed';
import { DEFAULT_PLATFORM_URL } from '../server/platformDefaults';
import { readStandaloneConfig } from './standaloneConfig';
import { startStandalone } from './startStandalone';

const element = document.getElementById('agent-client');
if (element === null) throw new Error('The page has no #agent-client element');

const meta = (name: string) =>
  document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? undefined;

try {
  // Back from the login page, the address is the bare redirect URI: the page's own query
  // (platform, language, client) is the one it had before leaving.
  const signingIn = new URL(window.location.href).searchParams.has('state');
  const returnTo = signingIn ? pendingReturnTo(window.sessionStorage) : null;
  const config = readStandaloneConfig(returnTo ?? window.location.href, {
    platformBaseUrl: meta('acd-default-platform') ?? DEFAULT_PLATFORM_URL,
    browserLanguage: navigator.language,
    signIn: meta('acd-sign-in'),
    clientId: meta('acd-oauth-client-id'),
    allowedPlatforms: (meta('acd-allowed-platforms') ?? '').split(' ').filter((p) => p !== ''),
  });
  document.documentElement.lang = config.language;
  void startStandalone({ element, window, config });
} catch (error) {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = (error as Error).message;
  element.replaceChildren(message);
}
