// Errors and confirmations from the core: errors are alerts, the rest polite status; each
// shows our words plus the platform's own message, and can be dismissed. A repeated notice
// shows its count (the core merges repeats); only the newest few show, so the interaction
// list stays in view in a short sidebar, with the rest counted and dismissable at once.
import close from '@salesforce/design-system-react/icons/utility/close';
import { memo } from 'react';
import { useAppSelector } from '../../app/hooks';
import type { RootState } from '../../app/rootReducer';
import type { MessageKey } from '../../i18n/translate';
import { useAgentApi } from '../app/agentApiContext';
import { useTranslate } from '../app/useTranslate';
import { Translated } from '../app/Translated';
import { Button } from '../controls/Button';
import { IconButton } from '../controls/IconButton';

/** How many notices show at once; older ones are counted. */
export const VISIBLE_NOTICES = 3;

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
      {/* A flex row, not SLDS's absolutely placed close button: the text never runs under it. */}
      <div
        className={`slds-notify slds-notify_alert slds-grid slds-grid_vertical-align-center slds-p-around_x-small ${THEME[notice.kind]}`}
        role={notice.kind === 'error' ? 'alert' : 'status'}
      >
        {/* Shrinks below its longest word (a platform error code), which then wraps: the
            buttons beside it stay in view in a 320 px sidebar. */}
        <p className="slds-has-flexi-truncate slds-text-align_left slds-hyphenate">
          <span className="slds-assistive-text">{t(`notice.kind.${notice.kind}`)}</span>
          <Translated k={notice.key as MessageKey} params={notice.params} />
          {notice.detail !== undefined && notice.detail !== '' && (
            <span className="acd-notice-detail"> ({notice.detail})</span>
          )}
          {notice.count > 1 && (
            <span className="slds-badge slds-badge_inverse slds-m-left_xx-small">
              {t('notice.count', { count: notice.count })}
            </span>
          )}
        </p>
        {notice.retryId !== undefined && (
          <Button
            label={t('action.retry')}
            inverse
            // Kept whole in a 320 px sidebar: the words wrap beside it, never its label.
            className="slds-no-flex slds-m-left_x-small"
            onClick={() => {
              api.retryOutboxItem(notice.retryId ?? '');
              api.dismissNotice(id);
            }}
          />
        )}
        <IconButton
          label={t('action.dismiss')}
          icon={close}
          inverse
          className="slds-m-left_x-small"
          onClick={() => api.dismissNotice(id)}
        />
      </div>
    </li>
  );
});

export function NoticeList() {
  const ids = useAppSelector(selectNoticeIds);
  const api = useAgentApi();
  const { t } = useTranslate();
  if (ids.length === 0) return null;
  const hidden = ids.slice(0, Math.max(0, ids.length - VISIBLE_NOTICES));
  const shown = ids.slice(hidden.length);
  return (
    <>
      <ul className="acd-notices" aria-label={t('notice.label')}>
        {shown.map((id) => (
          <NoticeItem key={id} id={id} />
        ))}
      </ul>
      {hidden.length > 0 && (
        <p className="slds-grid slds-grid_vertical-align-center slds-text-body_small slds-m-bottom_xx-small">
          <span className="slds-col">{t('notice.more', { count: hidden.length })}</span>
          <Button
            label={t('action.dismissAll')}
            variant="base"
            className="slds-shrink-none"
            onClick={() => {
              for (const id of ids) api.dismissNotice(id);
            }}
          />
        </p>
      )}
    </>
  );
}
