// The install-wide settings, editable where the host stores them and this user may write
// them (InstallSettingsStore.canEdit). The admin's choices stay on screen until the host
// saved them; a refusal shows the host's own words and changes nothing. Once saved, this
// client (and every view of its core) follows at once; other clients re-read the host.
import { useEffect, useState } from 'react';
import { useAppSelector } from '../../app/hooks';
import type { MessageKey } from '../../i18n/translate';
import type { InstallSettings, InstallSettingsStore } from '../../ports/installSettingsStore';
import { useAgentApi } from '../app/agentApiContext';
import { useTranslate } from '../app/useTranslate';
import { Button } from '../controls/Button';
import { Checkbox } from '../controls/Checkbox';
import { useAdminCall } from './useAdminCall';

const FIELDS: { key: keyof InstallSettings; label: MessageKey }[] = [
  { key: 'callLogging', label: 'settings.callLogging' },
  { key: 'autoAnswer', label: 'settings.autoAnswer' },
  { key: 'ringingDefault', label: 'settings.ringingDefault' },
];

export function InstallSettingsForm({ store }: { store: InstallSettingsStore }) {
  const { t } = useTranslate();
  const api = useAgentApi();
  // Until the host answers, the values this client started with.
  const running = useAppSelector((s) => s.settings);
  const [draft, setDraft] = useState<InstallSettings>(() => ({
    callLogging: running.callLogging,
    autoAnswer: running.autoAnswer,
    ringingDefault: running.ringing,
  }));
  const [loaded, setLoaded] = useState(false);
  const [saved, setSaved] = useState(false);
  const reading = useAdminCall();
  const saving = useAdminCall();
  const { run: read } = reading;

  useEffect(() => {
    let live = true;
    void read(() => store.load()).then((current) => {
      if (!live || current === undefined) return;
      setDraft(current);
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [store, read]);

  // Until the installation's values are read (or could not be), saving could overwrite them.
  const busy = saving.busy || (!loaded && reading.error === null);

  const save = async () => {
    setSaved(false);
    const result = await saving.run(() => store.save(draft));
    if (result === undefined) return;
    setDraft(result);
    setSaved(true);
    // This client follows the install now; ringing stays the agent's own choice.
    api.changeSettings({ callLogging: result.callLogging, autoAnswer: result.autoAnswer });
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {reading.error !== null && (
        <p role="alert" className="slds-text-color_error slds-text-body_small">
          {t('admin.installLoadFailed', { reason: reading.error })}
        </p>
      )}
      {FIELDS.map((field) => (
        <Checkbox
          key={field.key}
          label={t(field.label)}
          checked={draft[field.key]}
          disabled={busy}
          onCheckedChange={(checked) => {
            setSaved(false);
            setDraft((d) => ({ ...d, [field.key]: checked }));
          }}
        />
      ))}
      <Button
        type="submit"
        label={t('admin.installSave')}
        variant="brand"
        className="slds-m-top_x-small"
        disabled={busy}
      />
      {saving.error !== null && (
        <p role="alert" className="slds-text-color_error slds-text-body_small slds-m-top_xx-small">
          {t('admin.installSaveFailed', { reason: saving.error })}
        </p>
      )}
      {saved && (
        <p role="status" className="slds-text-body_small slds-m-top_xx-small">
          {t('admin.installSaved')}
        </p>
      )}
    </form>
  );
}
