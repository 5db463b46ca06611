// The orange burst: how many customer messages the agent has not seen (rule 7).
import { useTranslate } from '../app/useTranslate';

export function UnreadBurst({ count }: { count: number }) {
  const { t } = useTranslate();
  if (count <= 0) return null;
  return (
    <span className="slds-badge slds-theme_warning acd-burst slds-m-left_xx-small">
      <span aria-hidden="true">{count}</span>
      <span className="slds-assistive-text">{t('marker.unread', { count })}</span>
    </span>
  );
}
