// A row's actions as its state allows (rules 1, 3, 11), and the transfer dialog. Memoised
// apart from the row: its name and markers change more often than what it can do.
import { memo, useState } from 'react';
import { useAgentApi } from '../app/agentApiContext';
import { useTranslate } from '../app/useTranslate';
import { Button } from '../controls/Button';
import { TransferDialog } from '../transfer/TransferDialog';
import type { DisplayState } from '../../features/interactions/interactionSelectors';

interface Props {
  id: string;
  state: DisplayState;
  busy: boolean;
  pickUpBlocked: boolean;
  wrapupPending: boolean;
  customerName: string;
}

export const RowActions = memo(function RowActions({
  id,
  state,
  busy,
  pickUpBlocked,
  wrapupPending,
  customerName,
}: Props) {
  const { t } = useTranslate();
  const api = useAgentApi();
  const [transferring, setTransferring] = useState(false);
  const blockedId = `acd-blocked-${id}`;
  const live = state === 'connected' || state === 'held';
  return (
    <>
      <div className="slds-grid slds-wrap slds-m-top_xx-small acd-row-actions">
        {state === 'alerting' && (
          <Button
            label={t('action.pickUp')}
            variant="brand"
            disabled={busy || pickUpBlocked}
            aria-describedby={pickUpBlocked ? blockedId : undefined}
            onClick={() => api.pickUp(id)}
          />
        )}
        {live && (
          <Button
            label={t('action.chat')}
            variant="brand"
            disabled={busy}
            onClick={() => api.selectChat(id)}
          />
        )}
        {live && (
          <Button
            label={t('action.transfer')}
            disabled={busy}
            onClick={() => setTransferring(true)}
          />
        )}
        {live && (
          <Button
            label={t('action.disconnect')}
            variant="destructive"
            disabled={busy}
            onClick={() => api.disconnect(id)}
          />
        )}
        {state === 'wrapup' && !wrapupPending && (
          <Button label={t('action.openWrapup')} onClick={() => api.reopenWrapup(id)} />
        )}
      </div>
      {state === 'alerting' && pickUpBlocked && (
        <p id={blockedId} className="slds-text-color_error slds-text-body_small">
          {t('wrapup.blocked')}
        </p>
      )}
      {transferring && (
        <TransferDialog
          conversationId={id}
          customerName={customerName}
          onClose={() => setTransferring(false)}
        />
      )}
    </>
  );
});
