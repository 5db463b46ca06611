// The demo page that `npm start` serves.
import '@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.min.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_PLATFORM_URL } from '../server/platformDefaults';
import { DemoPage } from './DemoPage';

const element = document.getElementById('demo');
if (element === null) throw new Error('The page has no #demo element');
const platformMeta = document.querySelector<HTMLMetaElement>('meta[name="acd-default-platform"]');
const platform = new URLSearchParams(window.location.search).get('platform');

createRoot(element).render(
  <StrictMode>
    <DemoPage platformBaseUrl={platform ?? platformMeta?.content ?? DEFAULT_PLATFORM_URL} />
  </StrictMode>,
);
