// The chat icon of a row: its glyph and text say the media (ACD chat or web messaging); it
// turns orange while its window is open (rule 4), with an orange burst counting unread
// customer messages (rule 7). Each marker carries text, not colour alone.
import Icon from '@salesforce/design-system-react/components/icon';
import chat from '@salesforce/design-system-react/icons/utility/chat';
import sms from '@salesforce/design-system-react/icons/utility/sms';
import type { ConversationMedia } from '../../platform/conversationSnapshot';
import { memo } from 'react';
import { useTranslate } from '../app/useTranslate';
import { UnreadBurst } from './UnreadBurst';

/** The glyph alone: it changes only when the window opens or closes. */
const ChatGlyph = memo(function ChatGlyph({
  open,
  media,
}: {
  open: boolean;
  media: ConversationMedia;
}) {
  const { t } = useTranslate();
  const messaging = media === 'message';
  return (
    <>
      <Icon
        category="utility"
        name={messaging ? 'sms' : 'chat'}
        icon={messaging ? sms : chat}
        size="x-small"
        colorVariant={open ? 'warning' : 'default'}
        className={open ? 'acd-marker_open' : undefined}
      />
      <span className="slds-assistive-text">{t(messaging ? 'media.message' : 'media.chat')}</span>
      {open && <span className="slds-assistive-text">{t('marker.open')}</span>}
    </>
  );
});

export const ChatIcon = memo(function ChatIcon({
  conversationId,
  open,
  media,
  unreadLabelId,
}: {
  conversationId: string;
  open: boolean;
  media: ConversationMedia;
  /** The id the row's name takes its unread part from (see UnreadBurst). */
  unreadLabelId: string;
}) {
  return (
    <span className="acd-chat-icon slds-is-relative slds-m-right_x-small">
      <ChatGlyph open={open} media={media} />
      <UnreadBurst conversationId={conversationId} labelId={unreadLabelId} />
    </span>
  );
});
