// The admin's tools: wrap-up codes, their queues, and the install-wide client settings. A code
// created, renamed or deleted in the codes list reloads the queue's codes too, so the queue
// part never offers or shows a code as it no longer is.
import { useCallback, useState } from 'react';
import type { InstallSettingsStore } from '../../ports/installSettingsStore';
import { useTranslate } from '../app/useTranslate';
import { ClientSettingsAdmin } from './ClientSettingsAdmin';
import { QueueCodesAdmin } from './QueueCodesAdmin';
import { WrapupCodesAdmin } from './WrapupCodesAdmin';

export function AdminPanel({
  installSettings,
}: {
  /** Where the host stores the install-wide settings from the client, if it can. */
  installSettings?: InstallSettingsStore | undefined;
}) {
  const { t } = useTranslate();
  const [codesVersion, setCodesVersion] = useState(0);
  const codesChanged = useCallback(() => setCodesVersion((v) => v + 1), []);
  return (
    <section className="acd-admin slds-box slds-m-top_small" aria-label={t('admin.label')}>
      <h2 className="slds-text-heading_small">{t('admin.label')}</h2>
      <WrapupCodesAdmin onCodesChanged={codesChanged} />
      <QueueCodesAdmin codesVersion={codesVersion} />
      <ClientSettingsAdmin store={installSettings} />
    </section>
  );
}
