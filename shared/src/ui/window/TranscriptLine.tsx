// One transcript line: who (customer, agent or system), when, and what, as text.
import { memo } from 'react';
import { useAppSelector } from '../../app/hooks';
import { formatTime } from '../../i18n/translate';
import { useTranslate } from '../app/useTranslate';
import { useAgentApi } from '../app/agentApiContext';
import { Button } from '../controls/Button';
import { DeliveryMark } from './DeliveryMark';
import { MessageContent } from './MessageContent';
import { MessageText } from './MessageText';
import { selectLineSource, selectMessage } from './windowSelectors';
import { Isolate } from '../controls/Isolate';

interface Props {
  conversationId: string;
  messageId: string;
  customerName: string;
  agentName: string;
}

export const TranscriptLine = memo(function TranscriptLine({
  conversationId,
  messageId,
  customerName,
  agentName,
}: Props) {
  const message = useAppSelector((s) => selectMessage(s, conversationId, messageId));
  const source = useAppSelector((s) => selectLineSource(s, conversationId, messageId));
  const { t, language } = useTranslate();
  const api = useAgentApi();
  if (message === undefined || source === undefined) return null;
  const who =
    source === 'system' ? t('transcript.system') : source === 'agent' ? agentName : customerName;
  const systemLine = systemKey(message.bodyType);
  const body = systemLine === undefined ? message.body : t(systemLine);
  return (
    <div className={`acd-line acd-line_${source} slds-p-vertical_xx-small`}>
      <p className="slds-text-body_small slds-text-color_weak">
        <Isolate className="acd-line-who slds-text-title_bold">{who}</Isolate>{' '}
        <time dateTime={message.timestamp}>{formatTime(language, message.timestamp)}</time>
        {message.delivery === 'sending' && <span> · {t('transcript.sending')}</span>}
        {message.delivery === 'failed' && (
          <>
            <span className="slds-text-color_error"> · {t('transcript.failed')}</span>{' '}
            <Button
              variant="base"
              label={t('action.retry')}
              onClick={() => api.retryOutboxItem(message.id)}
            />
          </>
        )}
        {source === 'agent' && message.messaging?.status !== undefined && (
          <DeliveryMark
            conversationId={conversationId}
            messageId={message.id}
            status={message.messaging.status}
            resent={message.resentAs !== undefined}
          />
        )}
      </p>
      {body !== '' && (
        <p className="acd-line-body">
          <MessageText body={body} />
        </p>
      )}
      {message.messaging !== undefined && <MessageContent content={message.messaging.content} />}
    </div>
  );
});

function systemKey(bodyType: string) {
  switch (bodyType) {
    case 'member-join':
      return 'transcript.memberJoin' as const;
    case 'member-leave':
      return 'transcript.memberLeave' as const;
    default:
      return undefined;
  }
}
