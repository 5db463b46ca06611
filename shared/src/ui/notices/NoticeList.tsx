// Errors and confirmations from the core: errors are alerts, the rest polite status; each
// shows our words plus the platform's own message, and can be dismissed.
import { Button } from '../controls/Button';
import { memo } from 'react';
import { useAppSelector } from '../../app/hooks';
import type { RootState } from '../../app/rootReducer';
import type { MessageKey } from '../../i18n/translate';
import { useAgentApi } from '../app/agentApiContext';
import { useTranslate } from '../app/useTranslate';
import { Translated } from '../app/Translated';

const selectNoticeIds = (s: RootState) => s.notices.ids;

const THEME = {
  error: 'slds-theme_error',
  warning: 'slds-theme_warning',
  success: 'slds-theme_success',
  info: 'slds-theme_info',
} as const;

const NoticeItem = memo(function NoticeItem({ id }: { id: string }) {
  const notice = useAppSelector((s) => s.notices.entities[id]);
  const api = useAgentApi();
  const { t } = useTranslate();
  if (notice === undefined) return null;
  // Keys come from the core; an unknown one still shows as its key rather than nothing.
  return (
    // The live role sits inside the item: a list may only hold list items (axe `list`).
    <li className="slds-m-bottom_xx-small">
      <div
        className={`slds-notify slds-notify_alert ${THEME[notice.kind]}`}
        role={notice.kind === 'error' ? 'alert' : 'status'}
      >
        <span className="slds-assistive-text">{t(`notice.kind.${notice.kind}`)}</span>
        <p>
          <Translated k={notice.key as MessageKey} params={notice.params} />
          {notice.detail !== undefined && notice.detail !== '' && (
            <span className="acd-notice-detail"> ({notice.detail})</span>
          )}
        </p>
        <div className="slds-notify__close">
          <Button
            label={t('action.dismiss')}
            variant="base"
            inverse
            onClick={() => api.dismissNotice(id)}
          />
        </div>
      </div>
    </li>
  );
});

export function NoticeList() {
  const ids = useAppSelector(selectNoticeIds);
  const { t } = useTranslate();
  if (ids.length === 0) return null;
  return (
    <ul className="acd-notices" aria-label={t('notice.label')}>
      {ids.map((id) => (
        <NoticeItem key={id} id={id} />
      ))}
    </ul>
  );
}
