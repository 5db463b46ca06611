// The client settings an admin controls: call logging, auto-answer, ringing by default.
import { useId } from 'react';
import { useAppSelector } from '../../app/hooks';
import type { Settings } from '../../features/settings/settingsSlice';
import type { MessageKey } from '../../i18n/translate';
import { useAgentApi } from '../app/agentApiContext';
import { useTranslate } from '../app/useTranslate';

const TOGGLES: { key: 'callLogging' | 'autoAnswer' | 'ringing'; label: MessageKey }[] = [
  { key: 'callLogging', label: 'settings.callLogging' },
  { key: 'autoAnswer', label: 'settings.autoAnswer' },
  // The core keeps one ringing value per client; the admin's choice sets its starting value.
  { key: 'ringing', label: 'settings.ringingDefault' },
];

export function ClientSettingsAdmin() {
  const settings = useAppSelector((s) => s.settings);
  const { t } = useTranslate();
  return (
    <fieldset className="slds-form-element slds-m-top_medium">
      <legend className="slds-form-element__legend slds-form-element__label">
        {t('admin.settings')}
      </legend>
      {TOGGLES.map((toggle) => (
        <SettingToggle
          key={toggle.key}
          name={toggle.key}
          label={t(toggle.label)}
          checked={settings[toggle.key]}
        />
      ))}
    </fieldset>
  );
}

function SettingToggle(props: { name: keyof Settings; label: string; checked: boolean }) {
  const api = useAgentApi();
  const id = useId();
  return (
    <div className="slds-checkbox">
      <input
        type="checkbox"
        id={id}
        checked={props.checked}
        onChange={(event) => api.changeSettings({ [props.name]: event.target.checked })}
      />
      <label className="slds-checkbox__label" htmlFor={id}>
        <span className="slds-checkbox_faux" />
        <span className="slds-form-element__label">{props.label}</span>
      </label>
    </div>
  );
}
