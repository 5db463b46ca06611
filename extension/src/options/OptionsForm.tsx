// The options page: every setting of hosts.md as a labelled field. A setting the admin's
// policy sets shows its value read-only, with the reason in words.
import { useId, useState, type FormEvent } from 'react';
import type { Language } from '@acd/shared';
import { extensionText, type ExtensionTextKey } from '../extensionText';
import {
  pickStorable,
  type ExtensionSettings,
  type ResolvedSettings,
  type SettingKey,
} from '../settings/extensionSettings';

export interface OptionsFormProps {
  resolved: ResolvedSettings;
  language: Language;
  save: (values: Partial<ExtensionSettings>) => Promise<void>;
}

const TEXT_KEYS = [
  'platformBaseUrl',
  'loginBaseUrl',
  'oauthClientId',
  'screenPopUrlTemplate',
  'callLogWebhookUrl',
] as const;
const FLAG_KEYS = ['callLogging', 'autoAnswer', 'ringingDefault'] as const;

export function OptionsForm({ resolved, language, save }: OptionsFormProps) {
  const t = (key: ExtensionTextKey, params?: Record<string, string>) =>
    extensionText(language, key, params);
  const idPrefix = useId();
  const [values, setValues] = useState<ExtensionSettings>(resolved.settings);
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const managed = (key: SettingKey) => resolved.managed.has(key);
  const set = <K extends SettingKey>(key: K, value: ExtensionSettings[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
  };
  const managedNote = (key: SettingKey) =>
    managed(key) ? (
      <div className="slds-form-element__help" id={`${idPrefix}-${key}-managed`}>
        {t('options.managed')}
      </div>
    ) : null;
  const describedBy = (key: SettingKey) =>
    managed(key) ? `${idPrefix}-${key}-managed` : undefined;
  /** A control's id and the note that says the administrator set it. */
  const controlOf = (key: SettingKey) => ({
    id: `${idPrefix}-${key}`,
    'aria-describedby': describedBy(key),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // Managed keys are not the agent's to store; the policy keeps winning anyway.
    const own = Object.fromEntries(
      Object.entries(values).filter(([key]) => !managed(key as SettingKey)),
    );
    const { values: storable, problems } = pickStorable(own);
    if (problems.length > 0) {
      setStatus({
        kind: 'error',
        text: t('options.invalid', { message: problems.map((p) => p.message).join('; ') }),
      });
      return;
    }
    save(storable).then(
      () => {
        setStatus({ kind: 'saved', text: t('options.saved') });
      },
      (error: unknown) => {
        setStatus({ kind: 'error', text: t('options.invalid', { message: String(error) }) });
      },
    );
  };

  return (
    <form
      className="slds-form slds-p-around_medium"
      onSubmit={onSubmit}
      aria-label={t('options.title')}
    >
      <h1 className="slds-text-heading_medium slds-m-bottom_medium">{t('options.title')}</h1>
      {TEXT_KEYS.map((key) => (
        <div className="slds-form-element slds-m-bottom_small" key={key}>
          <label className="slds-form-element__label" htmlFor={`${idPrefix}-${key}`}>
            {t(`options.${key}`)}
          </label>
          <div className="slds-form-element__control">
            <input
              {...controlOf(key)}
              className="slds-input"
              type="text"
              value={values[key]}
              readOnly={managed(key)}
              onChange={(event) => {
                set(key, event.target.value);
              }}
            />
          </div>
          {managedNote(key)}
        </div>
      ))}
      {FLAG_KEYS.map((key) => (
        <div className="slds-form-element slds-m-bottom_small" key={key}>
          <div className="slds-checkbox">
            <input
              {...controlOf(key)}
              type="checkbox"
              checked={values[key]}
              disabled={managed(key)}
              onChange={(event) => {
                set(key, event.target.checked);
              }}
            />
            <label className="slds-checkbox__label" htmlFor={`${idPrefix}-${key}`}>
              <span className="slds-checkbox_faux" />
              <span className="slds-form-element__label">{t(`options.${key}`)}</span>
            </label>
          </div>
          {managedNote(key)}
        </div>
      ))}
      <div className="slds-form-element slds-m-bottom_small">
        <label className="slds-form-element__label" htmlFor={`${idPrefix}-signIn`}>
          {t('options.signIn')}
        </label>
        <select
          id={`${idPrefix}-signIn`}
          className="slds-select"
          value={values.signIn}
          disabled={managed('signIn')}
          aria-describedby={describedBy('signIn')}
          onChange={(event) => {
            set('signIn', event.target.value === 'simulator' ? 'simulator' : 'pkce');
          }}
        >
          <option value="pkce">{t('options.signIn.pkce')}</option>
          <option value="simulator">{t('options.signIn.simulator')}</option>
        </select>
        {managedNote('signIn')}
      </div>
      <div className="slds-form-element slds-m-bottom_small">
        <label className="slds-form-element__label" htmlFor={`${idPrefix}-language`}>
          {t('options.language')}
        </label>
        <select
          id={`${idPrefix}-language`}
          className="slds-select"
          value={values.language}
          disabled={managed('language')}
          aria-describedby={describedBy('language')}
          onChange={(event) => {
            const next = event.target.value;
            set('language', next === 'en' || next === 'ja' ? next : 'auto');
          }}
        >
          <option value="auto">{t('options.language.auto')}</option>
          <option value="en">English</option>
          <option value="ja">日本語</option>
        </select>
        {managedNote('language')}
      </div>
      <button type="submit" className="slds-button slds-button_brand">
        {t('options.save')}
      </button>
      {status === null ? null : (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className="slds-m-top_small">
          {status.text}
        </p>
      )}
    </form>
  );
}
