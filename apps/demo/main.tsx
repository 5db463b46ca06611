// The demo page that `npm start` serves.
import '@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.min.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_PLATFORM_URL } from '../server/platformDefaults';
import { DemoPage } from './DemoPage';

const element = document.getElementById('demo');
if (element === null) throw new Error('The page has no #demo element');
const platformMeta = document.querySelector<HTMLMetaElement>('meta[name="acd-default-platform"]');
const allowedMeta = document.querySelector<HTMLMetaElement>('meta[name="acd-allowed-platforms"]');
const defaultPlatform = platformMeta?.content ?? DEFAULT_PLATFORM_URL;
const allowed = [
  defaultPlatform,
  ...(allowedMeta?.content ?? '').split(' ').filter((p) => p !== ''),
];
const asked = new URLSearchParams(window.location.search).get('platform');
// ?platform= may only name a platform the deployment allows (the CSP's connect-src).
const platform =
  asked === null ? defaultPlatform : allowed.find((p) => p === asked.replace(/\/+$/, ''));

if (platform === undefined) {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `platform ${asked ?? ''} is not a platform this deployment allows (${allowed.join(', ')})`;
  element.replaceChildren(message);
} else {
  createRoot(element).render(
    <StrictMode>
      <DemoPage platformBaseUrl={platform} />
    </StrictMode>,
  );
}
