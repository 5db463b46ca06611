// The options page: every setting of hosts.md as a labelled field. A setting the admin's
// policy sets shows its value read-only, with the reason in words.
import { useId, useRef, useState, type FormEvent } from 'react';
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
type TextKey = (typeof TEXT_KEYS)[number];

/** What a text field must hold, said at the field when the value is refused. */
const RULE: Record<TextKey, ExtensionTextKey> = {
  platformBaseUrl: 'options.rule.secureUrl',
  loginBaseUrl: 'options.rule.secureUrl',
  oauthClientId: 'options.rule.text',
  screenPopUrlTemplate: 'options.rule.template',
  callLogWebhookUrl: 'options.rule.secureUrl',
};

/** The fields in the order they show, so the first refused one gets the focus. */
const SETTING_ORDER: readonly SettingKey[] = [...TEXT_KEYS, ...FLAG_KEYS, 'signIn', 'language'];

export function OptionsForm({ resolved, language, save }: OptionsFormProps) {
  const t = (key: ExtensionTextKey, params?: Record<string, string>) =>
    extensionText(language, key, params);
  const idPrefix = useId();
  const [values, setValues] = useState<ExtensionSettings>(resolved.settings);
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const [invalid, setInvalid] = useState<ReadonlySet<SettingKey>>(new Set());
  const form = useRef<HTMLFormElement>(null);
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
    [
      ...(managed(key) ? [`${idPrefix}-${key}-managed`] : []),
      ...(invalid.has(key) ? [`${idPrefix}-${key}-error`] : []),
    ].join(' ') || undefined;
  /** A control's id, the note that says the administrator set it, and why it was refused. */
  const controlOf = (key: SettingKey) => ({
    id: `${idPrefix}-${key}`,
    'aria-describedby': describedBy(key),
    'aria-invalid': invalid.has(key) || undefined,
  });
  const label = (key: SettingKey) => t(`options.${key}`);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // Managed keys are not the agent's to store; the policy keeps winning anyway.
    const own = Object.fromEntries(
      Object.entries(values).filter(([key]) => !managed(key as SettingKey)),
    );
    const { values: storable, problems } = pickStorable(own);
    const refused = new Set(problems.map((problem) => problem.key));
    setInvalid(refused);
    if (problems.length > 0) {
      // Nothing is stored until every field is valid: a half-saved form would mix old and new.
      setStatus({
        kind: 'error',
        text: t('options.invalid', { message: [...refused].map(label).join(', ') }),
      });
      const first = SETTING_ORDER.find((key) => refused.has(key));
      if (first !== undefined)
        form.current?.querySelector<HTMLElement>(`[id="${idPrefix}-${first}"]`)?.focus();
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
      ref={form}
      className="slds-form slds-p-around_medium"
      onSubmit={onSubmit}
      aria-label={t('options.title')}
    >
      <h1 className="slds-text-heading_medium slds-m-bottom_medium">{t('options.title')}</h1>
      {TEXT_KEYS.map((key) => (
        <div
          className={`slds-form-element slds-m-bottom_small${invalid.has(key) ? ' slds-has-error' : ''}`}
          key={key}
        >
          <label className="slds-form-element__label" htmlFor={`${idPrefix}-${key}`}>
            {label(key)}
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
          {invalid.has(key) ? (
            <div className="slds-form-element__help" id={`${idPrefix}-${key}-error`}>
              {t(RULE[key])}
            </div>
          ) : null}
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
              <span className="slds-form-element__label">{label(key)}</span>
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
