// The admin's tools: wrap-up codes, their queues, and this client's settings.
import { useTranslate } from '../app/useTranslate';
import { ClientSettingsAdmin } from './ClientSettingsAdmin';
import { QueueCodesAdmin } from './QueueCodesAdmin';
import { WrapupCodesAdmin } from './WrapupCodesAdmin';

export function AdminPanel() {
  const { t } = useTranslate();
  return (
    <section className="acd-admin slds-box slds-m-top_small" aria-label={t('admin.label')}>
      <h2 className="slds-text-heading_small">{t('admin.label')}</h2>
      <WrapupCodesAdmin />
      <QueueCodesAdmin />
      <ClientSettingsAdmin />
    </section>
  );
}
