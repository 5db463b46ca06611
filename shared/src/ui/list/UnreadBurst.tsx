// The orange burst: how many customer messages the agent has not seen (rule 7). It reads
// its own count, so a customer message re-renders the burst, not the row or tab around it.
import { memo } from 'react';
import { useAppSelector } from '../../app/hooks';
import { selectUnreadCount } from '../../features/messages/messageSelectors';
import { useTranslate } from '../app/useTranslate';

export const UnreadBurst = memo(function UnreadBurst({
  conversationId,
}: {
  conversationId: string;
}) {
  const count = useAppSelector((s) => selectUnreadCount(s, conversationId));
  const { t } = useTranslate();
  if (count <= 0) return null;
  return (
    <span className="slds-badge slds-theme_warning acd-burst slds-m-left_xx-small">
      <span aria-hidden="true">{count}</span>
      <span className="slds-assistive-text">{t('marker.unread', { count })}</span>
    </span>
  );
});
