// The chat icon of a row: orange while its window is open (rule 4), with an orange burst
// counting unread customer messages (rule 7). Each marker carries text, not colour alone.
import Icon from '@salesforce/design-system-react/components/icon';
import chat from '@salesforce/design-system-react/icons/utility/chat';
import { memo } from 'react';
import { useTranslate } from '../app/useTranslate';
import { UnreadBurst } from './UnreadBurst';

/** The glyph alone: it changes only when the window opens or closes. */
const ChatGlyph = memo(function ChatGlyph({ open }: { open: boolean }) {
  const { t } = useTranslate();
  return (
    <>
      <Icon
        category="utility"
        name="chat"
        icon={chat}
        size="x-small"
        colorVariant={open ? 'warning' : 'default'}
        className={open ? 'acd-marker_open' : undefined}
      />
      {open && <span className="slds-assistive-text">{t('marker.open')}</span>}
    </>
  );
});

export const ChatIcon = memo(function ChatIcon({
  conversationId,
  open,
}: {
  conversationId: string;
  open: boolean;
}) {
  return (
    <span className="acd-chat-icon slds-is-relative slds-m-right_x-small">
      <ChatGlyph open={open} />
      <UnreadBurst conversationId={conversationId} />
    </span>
  );
});
