// The options page: every setting of hosts.md as a labelled field. A setting the admin's
// policy sets shows its value read-only, with the reason in words.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { Language } from '@acd/shared';
import { Checkbox, Select, TextInput } from '@acd/shared/ui';
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
  const [values, setValues] = useState<ExtensionSettings>(resolved.settings);
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const [invalid, setInvalid] = useState<ReadonlySet<SettingKey>>(new Set());
  const idPrefix = useId();
  const form = useRef<HTMLFormElement>(null);
  const label = (key: SettingKey) => t(`options.${key}`);
  const managed = (key: SettingKey) => resolved.managed.has(key);
  const set = <K extends SettingKey>(key: K, value: ExtensionSettings[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
  };
  /** Says the administrator set it (the control's description). */
  const managedNote = (key: SettingKey) => (managed(key) ? t('options.managed') : undefined);

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
        <TextInput
          key={key}
          id={`${idPrefix}-${key}`}
          className={`slds-m-bottom_small${invalid.has(key) ? ' slds-has-error' : ''}`}
          label={label(key)}
          help={managedNote(key)}
          error={invalid.has(key) ? t(RULE[key]) : undefined}
          value={values[key]}
          readOnly={managed(key)}
          onValueChange={(value) => {
            set(key, value);
          }}
        />
      ))}
      {FLAG_KEYS.map((key) => (
        <Checkbox
          key={key}
          className="slds-m-bottom_small"
          label={label(key)}
          help={managedNote(key)}
          checked={values[key]}
          disabled={managed(key)}
          onCheckedChange={(checked) => {
            set(key, checked);
          }}
        />
      ))}
      <Select
        className="slds-m-bottom_small"
        label={t('options.signIn')}
        help={managedNote('signIn')}
        value={values.signIn}
        disabled={managed('signIn')}
        onValueChange={(value) => {
          set('signIn', value === 'simulator' ? 'simulator' : 'pkce');
        }}
      >
        <option value="pkce">{t('options.signIn.pkce')}</option>
        <option value="simulator">{t('options.signIn.simulator')}</option>
      </Select>
      <Select
        className="slds-m-bottom_small"
        label={t('options.language')}
        help={managedNote('language')}
        value={values.language}
        disabled={managed('language')}
        onValueChange={(next) => {
          set('language', next === 'en' || next === 'ja' ? next : 'auto');
        }}
      >
        <option value="auto">{t('options.language.auto')}</option>
        <option value="en">English</option>
        <option value="ja">日本語</option>
      </Select>
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
