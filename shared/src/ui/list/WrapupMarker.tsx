// The wrap-up marker of a row: red when the panel was closed without Done (rule 11), and
// a pending note while the platform has not confirmed a sent wrap-up (rule 12).
import Icon from '@salesforce/design-system-react/components/icon';
import warning from '@salesforce/design-system-react/icons/utility/warning';
import { memo } from 'react';
import { useTranslate } from '../app/useTranslate';

export const WrapupMarker = memo(function WrapupMarker({
  red,
  submission,
}: {
  red: boolean;
  submission: 'none' | 'pending' | 'failed';
}) {
  const { t } = useTranslate();
  if (submission === 'pending') {
    return (
      <span className="slds-text-body_small slds-text-color_weak acd-wrapup-pending">
        {t('marker.wrapupPending')}
      </span>
    );
  }
  if (!red) return null;
  return (
    <span className="slds-text-color_error slds-text-body_small acd-marker_red">
      <Icon category="utility" name="warning" icon={warning} size="x-small" colorVariant="error" />{' '}
      {t('marker.wrapupOpen')}
    </span>
  );
});
