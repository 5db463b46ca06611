// The chat icon of a row: orange while its window is open (rule 4), with an orange burst
// counting unread customer messages (rule 7). Each marker carries text, not colour alone.
import Icon from '@salesforce/design-system-react/components/icon';
import chat from '@salesforce/design-system-react/icons/utility/chat';
import { useTranslate } from '../app/useTranslate';
import { UnreadBurst } from './UnreadBurst';

export function ChatIcon({ open, unread }: { open: boolean; unread: number }) {
  const { t } = useTranslate();
  return (
    <span className="acd-chat-icon slds-is-relative slds-m-right_x-small">
      <Icon
        category="utility"
        name="chat"
        icon={chat}
        size="x-small"
        colorVariant={open ? 'warning' : 'default'}
        className={open ? 'acd-marker_open' : undefined}
      />
      {open && <span className="slds-assistive-text">{t('marker.open')}</span>}
      <UnreadBurst count={unread} />
    </span>
  );
}
