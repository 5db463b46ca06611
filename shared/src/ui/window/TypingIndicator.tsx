// "Customer is typing…" for a few seconds after the platform said so.
import { useAppSelector } from '../../app/hooks';
import { useNow } from '../app/useNow';
import { selectCustomerTypingAt, TYPING_SHOWN_MS } from './windowSelectors';
import { Translated } from '../app/Translated';

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
  if (now - since > TYPING_SHOWN_MS) return null;
  return (
    <span>
      <Translated k="transcript.customerTyping" params={{ name }} />
    </span>
  );
}
