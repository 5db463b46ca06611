// The standalone agent client page (/standalone/ of the demo server).
import '@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.min.css';
import { DEFAULT_PLATFORM_URL } from '../server/platformDefaults';
import { readStandaloneConfig } from './standaloneConfig';
import { startStandalone } from './startStandalone';

const element = document.getElementById('agent-client');
if (element === null) throw new Error('The page has no #agent-client element');

const platformMeta = document.querySelector<HTMLMetaElement>('meta[name="acd-default-platform"]');
const allowedMeta = document.querySelector<HTMLMetaElement>('meta[name="acd-allowed-platforms"]');

try {
  const config = readStandaloneConfig(window.location.href, {
    platformBaseUrl: platformMeta?.content ?? DEFAULT_PLATFORM_URL,
    browserLanguage: navigator.language,
    allowedPlatforms: (allowedMeta?.content ?? '').split(' ').filter((p) => p !== ''),
  });
  document.documentElement.lang = config.language;
  void startStandalone({ element, window, config });
} catch (error) {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = (error as Error).message;
  element.replaceChildren(message);
}
