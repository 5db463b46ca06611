// One interaction: who, which queue, its state in words, how long, its markers, and the
// actions its state allows (rules 1, 3, 4, 7, 11).
import { Button } from '../controls/Button';
import { memo, useMemo, useState } from 'react';
import { useAppSelector } from '../../app/hooks';
import { useAgentApi } from '../app/agentApiContext';
import { useTranslate } from '../app/useTranslate';
import { TransferDialog } from '../transfer/TransferDialog';
import { ChatIcon } from './ChatIcon';
import { ElapsedTime } from './ElapsedTime';
import { makeSelectRowView } from './rowViewSelectors';
import { STATE_KEYS } from './stateKeys';
import { WrapupMarker } from './WrapupMarker';

export const InteractionRow = memo(function InteractionRow({ id }: { id: string }) {
  const selectRowView = useMemo(makeSelectRowView, []);
  const row = useAppSelector((state) => selectRowView(state, id));
  const { t } = useTranslate();
  const api = useAgentApi();
  const [transferring, setTransferring] = useState(false);
  if (row === undefined) return null;

  const stateText = t(STATE_KEYS[row.state]);
  const name = row.customerName === '' ? t('list.unknownCustomer') : row.customerName;
  const nameParts = [name, row.queueName, stateText];
  if (row.unread > 0) nameParts.push(t('marker.unread', { count: row.unread }));
  if (row.wrapupRed) nameParts.push(t('marker.wrapupOpen'));
  const blockedId = `acd-blocked-${id}`;
  const busy = row.pending !== undefined;
  const live = row.state === 'connected' || row.state === 'held';

  return (
    <li
      className={`slds-item slds-p-around_x-small acd-row${row.selected ? ' acd-row_selected' : ''}`}
      aria-label={nameParts.join(', ')}
    >
      <div className="slds-grid slds-grid_vertical-align-center slds-wrap">
        <ChatIcon open={row.open} unread={row.unread} />
        <div className="slds-col slds-grow">
          <p className="slds-text-title_bold slds-truncate">{name}</p>
          <p className="slds-text-body_small">
            <span>{row.queueName}</span>
            <span aria-hidden="true"> · </span>
            <span className="acd-state">{stateText}</span>
            <span aria-hidden="true"> · </span>
            <ElapsedTime since={row.startTime} />
          </p>
          <WrapupMarker red={row.wrapupRed} submission={row.wrapupSubmission} />
        </div>
      </div>
      <div className="slds-grid slds-wrap slds-m-top_xx-small acd-row-actions">
        {row.state === 'alerting' && (
          <Button
            label={t('action.pickUp')}
            variant="brand"
            disabled={busy || row.pickUpBlocked}
            aria-describedby={row.pickUpBlocked ? blockedId : undefined}
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
        {row.state === 'wrapup' && row.wrapupSubmission !== 'pending' && (
          <Button label={t('action.openWrapup')} onClick={() => api.reopenWrapup(id)} />
        )}
      </div>
      {row.state === 'alerting' && row.pickUpBlocked && (
        <p id={blockedId} className="slds-text-color_error slds-text-body_small">
          {t('wrapup.blocked')}
        </p>
      )}
      {transferring && (
        <TransferDialog
          conversationId={id}
          customerName={name}
          onClose={() => setTransferring(false)}
        />
      )}
    </li>
  );
});
