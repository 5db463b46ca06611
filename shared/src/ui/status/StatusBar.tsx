// Who is signed in, their presence, the connection (with a reconnect banner), this
// client's ringing setting (rule 2), the language, and a menu (diagnostics). When the agent
// is not On Queue it says so, with the one-click fix: nothing routes to them otherwise.
import { useId } from 'react';
import { useAppSelector } from '../../app/hooks';
import type { Language } from '../../features/settings/settingsSlice';
import type { SystemPresence } from '../../platform/platformTypes';
import { useAgentApi } from '../app/agentApiContext';
import { useTranslate } from '../app/useTranslate';
import { Button } from '../controls/Button';
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
  const presenceId = useId();
  const languageId = useId();
  const ringingId = useId();

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
        <div className="slds-col slds-form-element">
          <label className="slds-form-element__label" htmlFor={presenceId}>
            {t('status.presence')}
          </label>
          <div className="slds-form-element__control">
            <div className="slds-select_container">
              <select
                id={presenceId}
                className="slds-select"
                value={presence ?? ''}
                disabled={presencePending}
                onChange={(event) => api.setPresence(event.target.value as SystemPresence)}
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
              </select>
            </div>
          </div>
        </div>
        <div className="slds-col slds-form-element">
          <label className="slds-form-element__label" htmlFor={languageId}>
            {t('settings.language')}
          </label>
          <div className="slds-form-element__control">
            <div className="slds-select_container">
              <select
                id={languageId}
                className="slds-select"
                value={language}
                onChange={(event) =>
                  api.changeSettings({ language: event.target.value as Language })
                }
              >
                {LANGUAGES.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {t(`language.${l}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
        <div className="slds-col slds-form-element">
          <div className="slds-form-element__control">
            <div className="slds-checkbox">
              <input
                type="checkbox"
                id={ringingId}
                checked={ringing}
                onChange={(event) => api.changeSettings({ ringing: event.target.checked })}
              />
              <label className="slds-checkbox__label" htmlFor={ringingId}>
                <span className="slds-checkbox_faux" />
                <span className="slds-form-element__label">{t('settings.ringing')}</span>
              </label>
            </div>
          </div>
        </div>
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
