// The orange burst: how many customer messages the agent has not seen (rule 7). It reads
// its own count, so a customer message re-renders the burst, not the row or tab around it
// (the row's name takes its unread part from the burst, see InteractionRow).
import { memo } from 'react';
import { useAppSelector } from '../../app/hooks';
import { selectUnreadCount } from '../../features/messages/messageSelectors';
import { useTranslate } from '../app/useTranslate';

export const UnreadBurst = memo(function UnreadBurst({
  conversationId,
  labelId,
}: {
  conversationId: string;
  /**
   * Given in a list row: a hidden copy of the count's words, ending in the comma that
   * separates it from the next part of the row's name, for the row's aria-labelledby.
   */
  labelId?: string;
}) {
  const count = useAppSelector((s) => selectUnreadCount(s, conversationId));
  const { t } = useTranslate();
  if (count <= 0) return null;
  const words = t('marker.unread', { count });
  return (
    <span className="slds-badge slds-theme_warning acd-burst slds-m-left_xx-small">
      <span aria-hidden="true">{count}</span>
      <span className="slds-assistive-text">{words}</span>
      {labelId !== undefined && (
        <span id={labelId} hidden>
          {`${words},`}
        </span>
      )}
    </span>
  );
});
