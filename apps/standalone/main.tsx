// The standalone agent client page (/standalone/ of the demo server). This first script is
// small: it reads the page's settings, finds the session and sends the start-up reads (the
// head start) while the client's code, most of the page's bytes, is still loading (the build
// preloads it beside this script); then it hands both to the client.
import '@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.min.css';
import {
  createSessionStore,
  pendingReturnTo,
  sendHeadStart,
  showStartFailure,
} from '@acd/shared/embed';
import { DEFAULT_PLATFORM_URL } from '../server/platformDefaults';
import { findSession } from './findSession';
import { readStandaloneConfig, type StandaloneConfig } from './standaloneConfig';

const element = document.getElementById('agent-client');
if (element === null) throw new Error('The page has no #agent-client element');

const meta = (name: string) =>
  document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? undefined;

const start = async (config: StandaloneConfig) => {
  const client = import('./startStandalone');
  // Its failure (a chunk gone after a deploy, the network) is shown once awaited below; until
  // then it must not count as unhandled.
  client.catch(() => undefined);
  const sessions = createSessionStore(window.sessionStorage);
  const found = await findSession(window, config, sessions);
  const headStart =
    found.kind === 'session'
      ? sendHeadStart({
          baseUrl: config.platformBaseUrl,
          accessToken: found.session.accessToken,
        })
      : undefined;
  const { startStandalone } = await client;
  startStandalone({ element, window, config, sessions, found, headStart });
};

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
  start(config).catch((error: unknown) => {
    showStartFailure(element, error, { language: config.language });
  });
} catch (error) {
  showStartFailure(element, error);
}
