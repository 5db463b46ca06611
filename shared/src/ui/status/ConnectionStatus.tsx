// The notification connection in words, and a banner while it is being re-established.
import { useAppSelector } from '../../app/hooks';
import { useTranslate } from '../app/useTranslate';

export function ConnectionStatus() {
  const status = useAppSelector((s) => s.connection.status);
  const attempt = useAppSelector((s) => s.connection.attempt);
  const authExpired = useAppSelector((s) => s.session.status === 'authExpired');
  const { t } = useTranslate();
  return (
    <>
      <p className="slds-text-body_small slds-m-top_xx-small" role="status">
        {t('connection.label')}: {t(`connection.${status}`)}
      </p>
      {status === 'reconnecting' && (
        <div className="slds-notify slds-notify_alert slds-theme_warning" role="alert">
          {t('connection.banner', { attempt })}
        </div>
      )}
      {authExpired && (
        <div className="slds-notify slds-notify_alert slds-theme_error" role="alert">
          {t('connection.authExpired')}
        </div>
      )}
    </>
  );
}
