// "Customer is typing…" for a few seconds after the platform said so.
import { useAppSelector } from '../../app/hooks';
import { useNow } from '../app/useNow';
import { useTranslate } from '../app/useTranslate';
import { selectCustomerTypingAt, TYPING_SHOWN_MS } from './windowSelectors';

export function TypingIndicator({
  conversationId,
  customerName,
}: {
  conversationId: string;
  customerName: string;
}) {
  const typingAt = useAppSelector((s) => selectCustomerTypingAt(s, conversationId));
  return (
    <div aria-live="polite" className="acd-typing slds-text-body_small slds-text-color_weak">
      {typingAt !== undefined && <TypingText since={typingAt} name={customerName} />}
    </div>
  );
}

function TypingText({ since, name }: { since: number; name: string }) {
  const now = useNow();
  const { t } = useTranslate();
  if (now - since > TYPING_SHOWN_MS) return null;
  return <span>{t('transcript.customerTyping', { name })}</span>;
}
