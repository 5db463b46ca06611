// The install-wide client settings (call logging, auto-answer, ringing by default). Where
// the host stores them from the client and this user may write them (an
// InstallSettingsStore that canEdit), the admin edits them there, for everyone. Elsewhere a
// toggle would change only this browser's copy while an admin expects the setting for
// everyone, so the panel shows the current value and the place to change it (the utility
// item's properties, the app's settings, config.json, the extension's managed policy).
import { useAppSelector } from '../../app/hooks';
import type { MessageKey } from '../../i18n/translate';
import type { InstallSettingsStore } from '../../ports/installSettingsStore';
import { useTranslate } from '../app/useTranslate';
import { InstallSettingsForm } from './InstallSettingsForm';

const SETTINGS: { key: 'callLogging' | 'autoAnswer' | 'ringing'; label: MessageKey }[] = [
  { key: 'callLogging', label: 'settings.callLogging' },
  { key: 'autoAnswer', label: 'settings.autoAnswer' },
  // The install's value is each client's starting value; an agent may turn ringing off.
  { key: 'ringing', label: 'settings.ringingDefault' },
];

const WHERE: Record<string, MessageKey> = {
  salesforce: 'admin.settingsWhere.salesforce',
  zendesk: 'admin.settingsWhere.zendesk',
  embeddable: 'admin.settingsWhere.embeddable',
  extension: 'admin.settingsWhere.extension',
  standalone: 'admin.settingsWhere.standalone',
};

export function ClientSettingsAdmin({ store }: { store?: InstallSettingsStore | undefined }) {
  const settings = useAppSelector((s) => s.settings);
  const { t } = useTranslate();
  if (store?.canEdit === true) {
    return (
      <section className="slds-m-top_medium" aria-label={t('admin.settings')}>
        <h3 className="slds-text-title_caps slds-m-bottom_x-small">{t('admin.settings')}</h3>
        <InstallSettingsForm store={store} />
      </section>
    );
  }
  return (
    <section className="slds-m-top_medium" aria-label={t('admin.settings')}>
      <h3 className="slds-text-title_caps slds-m-bottom_x-small">{t('admin.settings')}</h3>
      <dl className="slds-list_horizontal slds-wrap">
        {SETTINGS.map((setting) => (
          <div key={setting.key} className="slds-grid slds-size_1-of-1">
            <dt className="slds-col slds-text-color_weak slds-hyphenate">{t(setting.label)}</dt>
            <dd className="slds-shrink-none slds-m-left_small">
              {t(settings[setting.key] ? 'admin.settingOn' : 'admin.settingOff')}
            </dd>
          </div>
        ))}
      </dl>
      <p className="slds-text-body_small slds-m-top_x-small slds-hyphenate">
        {t(WHERE[settings.host] ?? 'admin.settingsWhere.unknown')}
      </p>
      {store !== undefined && (
        <p className="slds-text-body_small slds-m-top_xx-small slds-hyphenate">
          {t('admin.installReadOnly')}
        </p>
      )}
    </section>
  );
}
