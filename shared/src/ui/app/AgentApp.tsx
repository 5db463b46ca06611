// The whole client layout; each feature panel reads its own state through selectors.
import { useTranslate } from './useTranslate';

export function AgentApp() {
  const { t, language } = useTranslate();
  return (
    <div className="slds-scope" lang={language}>
      <main className="slds-p-around_x-small">
        <h1 className="slds-text-heading_small">{t('app.title')}</h1>
      </main>
    </div>
  );
}
