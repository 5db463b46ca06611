// The selected chat: its customer, the New message control (rule 7), the transcript, the
// typing indicator, the CRM record choice and the reply box.
import { Button } from '../controls/Button';
import { useState } from 'react';
import { useAppSelector } from '../../app/hooks';
import { selectInteraction } from '../../features/interactions/interactionSelectors';
import { selectFirstUnreadId } from '../../features/messages/messageSelectors';
import { useAgentApi } from '../app/agentApiContext';
import { useTranslate } from '../app/useTranslate';
import { ReplyBox } from './ReplyBox';
import { ScreenPopChoice } from './ScreenPopChoice';
import { Transcript } from './Transcript';
import { TypingIndicator } from './TypingIndicator';
import { Isolate } from '../controls/Isolate';
import { IconButton } from '../controls/IconButton';
import close from '@salesforce/design-system-react/icons/utility/close';

export function ChatPanel({ conversationId }: { conversationId: string }) {
  const customerName = useAppSelector(
    (s) => selectInteraction(s, conversationId)?.customer.name ?? '',
  );
  const agentName = useAppSelector((s) => selectInteraction(s, conversationId)?.agentName ?? '');
  const firstUnread = useAppSelector((s) => selectFirstUnreadId(s, conversationId));
  const api = useAgentApi();
  const { t } = useTranslate();
  const [jumpTo, setJumpTo] = useState<{ messageId: string; at: number } | null>(null);

  const showNew = () => {
    if (firstUnread !== undefined) setJumpTo({ messageId: firstUnread, at: Date.now() });
    api.markNewMessagesSeen(conversationId);
  };

  return (
    <div className="acd-chat slds-p-around_x-small">
      {/* The name takes what room is left and is cut (title keeps it); the controls never
          shrink, and closing is an icon button so New message keeps its words at 320 px. */}
      <div className="slds-grid slds-grid_vertical-align-center">
        <div className="slds-col slds-has-flexi-truncate">
          <h3 className="slds-text-heading_small slds-truncate" title={customerName}>
            <Isolate>{customerName}</Isolate>
          </h3>
        </div>
        {firstUnread !== undefined && (
          <Button
            label={t('action.newMessage')}
            variant="brand"
            className="slds-shrink-none slds-m-left_x-small"
            onClick={showNew}
          />
        )}
        <IconButton
          label={t('window.close')}
          icon={close}
          className="slds-m-left_xx-small"
          onClick={() => api.closeWindow(conversationId)}
        />
      </div>
      <ScreenPopChoice conversationId={conversationId} />
      <Transcript
        conversationId={conversationId}
        customerName={customerName}
        agentName={agentName}
        jumpTo={jumpTo}
      />
      <TypingIndicator conversationId={conversationId} customerName={customerName} />
      <ReplyBox key={conversationId} conversationId={conversationId} />
    </div>
  );
}
