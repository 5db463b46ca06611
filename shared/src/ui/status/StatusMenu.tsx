// The status bar's menu (SLDS dropdown, menu button pattern): actions that need no room in a
// 340-px bar, today "Download diagnostics". Keyboard: Enter/Space opens and focuses the first
// item, Escape closes and returns focus to the button.
import threedots from '@salesforce/design-system-react/icons/utility/threedots_vertical';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useAgentApi } from '../app/agentApiContext';
import { useTranslate } from '../app/useTranslate';
import { IconButton } from '../controls/IconButton';
import { diagnosticsFileName, downloadText } from './downloadText';

export function StatusMenu() {
  const api = useAgentApi();
  const { t } = useTranslate();
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const menuId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const firstItem = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    if (open) firstItem.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };

  const download = () => {
    setOpen(false);
    setFailed(false);
    const doc = trigger.current?.ownerDocument ?? document;
    api.diagnostics().then(
      (text) => {
        downloadText(doc, diagnosticsFileName(Date.now()), text, 'application/json');
      },
      () => {
        setFailed(true);
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  return (
    <div
      className={`slds-dropdown-trigger slds-dropdown-trigger_click${open ? ' slds-is-open' : ''}`}
      onKeyDown={onKeyDown}
    >
      <IconButton
        ref={trigger}
        label={t('status.menu')}
        icon={threedots}
        bordered
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          setOpen((was) => !was);
        }}
      />
      {open && (
        <div className="slds-dropdown slds-dropdown_right slds-dropdown_actions">
          <ul id={menuId} className="slds-dropdown__list" role="menu" aria-label={t('status.menu')}>
            <li className="slds-dropdown__item" role="presentation">
              <a
                ref={firstItem}
                href="#diagnostics"
                role="menuitem"
                onClick={(event) => {
                  event.preventDefault();
                  download();
                }}
              >
                <span className="slds-truncate">{t('status.downloadDiagnostics')}</span>
              </a>
            </li>
          </ul>
        </div>
      )}
      {failed && (
        <p role="alert" className="slds-text-color_error slds-text-body_small">
          {t('status.diagnosticsFailed')}
        </p>
      )}
    </div>
  );
}
