// Who is signed in, their presence, the connection (with a reconnect banner), this
// client's ringing setting (rule 2), the language, and a menu (diagnostics). When the agent
// is not On Queue it says so, with the one-click fix: nothing routes to them otherwise.
import { useAppSelector } from '../../app/hooks';
import type { Language } from '../../features/settings/settingsSlice';
import type { SystemPresence } from '../../platform/platformTypes';
import { useAgentApi } from '../app/agentApiContext';
import { useTranslate } from '../app/useTranslate';
import { Button } from '../controls/Button';
import { Checkbox } from '../controls/Checkbox';
import { Select } from '../controls/Select';
import { ConnectionStatus } from './ConnectionStatus';
import { StatusMenu } from './StatusMenu';

const PRESENCES: SystemPresence[] = ['On Queue', 'Available', 'Away', 'Offline'];
const LANGUAGES: Language[] = ['en', 'ja'];

export function StatusBar() {
  const user = useAppSelector((s) => s.session.user);
  const presence = useAppSelector((s) => s.session.presence);
  const presencePending = useAppSelector((s) => s.session.presencePending);
  const ready = useAppSelector((s) => s.session.status === 'ready');
  const ringing = useAppSelector((s) => s.settings.ringing);
  const api = useAgentApi();
  const { t, language } = useTranslate();

  return (
    <header
      className="acd-status slds-p-around_x-small slds-border_bottom"
      aria-label={t('status.label')}
    >
      <div className="slds-grid slds-grid_vertical-align-center">
        <div className="slds-col slds-has-flexi-truncate">
          {user !== null && (
            <p
              className="slds-truncate slds-text-body_small"
              title={t('status.signedInAs', { name: user.name })}
            >
              {t('status.signedInAs', { name: user.name })}
            </p>
          )}
        </div>
        <StatusMenu />
      </div>
      <div className="slds-grid slds-wrap slds-gutters_x-small slds-grid_vertical-align-end">
        <Select
          className="slds-col"
          label={t('status.presence')}
          value={presence ?? ''}
          disabled={presencePending}
          onValueChange={(value) => api.setPresence(value as SystemPresence)}
        >
          {presence === null && <option value="" />}
          {presence !== null && !PRESENCES.includes(presence) && (
            <option value={presence}>{t(`presence.${presence}`)}</option>
          )}
          {PRESENCES.map((p) => (
            <option key={p} value={p}>
              {t(`presence.${p}`)}
            </option>
          ))}
        </Select>
        <Select
          className="slds-col"
          label={t('settings.language')}
          value={language}
          onValueChange={(value) => api.changeSettings({ language: value as Language })}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </Select>
        <Checkbox
          className="slds-col"
          label={t('settings.ringing')}
          checked={ringing}
          onCheckedChange={(checked) => api.changeSettings({ ringing: checked })}
        />
      </div>
      {ready && presence !== null && presence !== 'On Queue' && !presencePending && (
        <div className="slds-grid slds-grid_vertical-align-center slds-m-top_xx-small">
          <p className="slds-col slds-text-body_small slds-hyphenate">{t('status.notOnQueue')}</p>
          <Button
            label={t('status.goOnQueue')}
            className="slds-shrink-none slds-m-left_x-small"
            onClick={() => api.setPresence('On Queue')}
          />
        </div>
      )}
      <ConnectionStatus />
    </header>
  );
}
