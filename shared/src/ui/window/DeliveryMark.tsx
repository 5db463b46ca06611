// The delivery mark on the agent's web messaging messages: Sent, Delivered, Read or Failed in
// words (screen readers and everyone else read the same text; colour only adds to it). A
// Failed message offers Retry, which sends it again once (features/messaging).
import { memo } from 'react';
import type { MessageDeliveryStatus } from '../../platform/messagingTypes';
import { useAgentApi } from '../app/agentApiContext';
import { useTranslate } from '../app/useTranslate';
import { Button } from '../controls/Button';

interface Props {
  conversationId: string;
  messageId: string;
  status: MessageDeliveryStatus;
  resent: boolean;
}

export const DeliveryMark = memo(function DeliveryMark({
  conversationId,
  messageId,
  status,
  resent,
}: Props) {
  const { t } = useTranslate();
  const api = useAgentApi();
  const failed = status === 'Failed';
  return (
    <span className={`acd-delivery acd-delivery_${status.toLowerCase()}`}>
      <span aria-hidden="true"> · </span>
      <span className={failed ? 'slds-text-color_error' : undefined}>
        <span className="slds-assistive-text">{t('delivery.prefix')} </span>
        {t(`delivery.${status}`)}
      </span>
      {failed && resent && <span> · {t('delivery.resent')}</span>}
      {failed && !resent && (
        <>
          {' '}
          <Button
            variant="base"
            label={t('action.retry')}
            onClick={() => api.resendMessage(conversationId, messageId)}
          />
        </>
      )}
    </span>
  );
});
