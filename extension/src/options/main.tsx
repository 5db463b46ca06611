// The options page: settings in storage.local, the policy's (storage.managed) read-only.
import '@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.min.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageFromLocale } from '@acd/shared';
import { extensionApi } from '../browser/extensionApi';
import { extensionText } from '../extensionText';
import { loadSettings, saveOptions } from '../settings/loadSettings';
import { OptionsForm } from './OptionsForm';

async function main() {
  const api = extensionApi();
  const resolved = await loadSettings(api);
  const language =
    resolved.settings.language === 'auto'
      ? languageFromLocale(navigator.language)
      : resolved.settings.language;
  document.documentElement.lang = language;
  document.title = extensionText(language, 'options.title');
  createRoot(document.getElementById('root') ?? document.body).render(
    <StrictMode>
      <OptionsForm
        resolved={resolved}
        language={language}
        save={(values) => saveOptions(api, values)}
      />
    </StrictMode>,
  );
}

void main();
