// One interaction: who, which queue, its state in words, how long, its markers, and the
// actions its state allows (rules 1, 3, 4, 7, 11).
import { memo, useMemo } from 'react';
import { useAppSelector } from '../../app/hooks';
import { useTranslate } from '../app/useTranslate';
import { ChatIcon } from './ChatIcon';
import { ElapsedTime } from './ElapsedTime';
import { makeSelectRowView } from './rowViewSelectors';
import { RowActions } from './RowActions';
import { STATE_KEYS } from './stateKeys';
import { WrapupMarker } from './WrapupMarker';
import { Isolate } from '../controls/Isolate';

export const InteractionRow = memo(function InteractionRow({ id }: { id: string }) {
  const selectRowView = useMemo(makeSelectRowView, []);
  const row = useAppSelector((state) => selectRowView(state, id));
  const { t } = useTranslate();
  if (row === undefined) return null;

  const stateText = t(STATE_KEYS[row.state]);
  const name = row.customerName === '' ? t('list.unknownCustomer') : row.customerName;
  // The row's name is "customer, queue, state[, N new messages][, wrap-up not done], media",
  // put together from hidden parts (each ending in its comma; the name joins them with a
  // space). The unread part is the burst's own, so a customer message re-renders the burst,
  // not the row.
  const labelId = `acd-row-${id}`;
  const tail = t(row.media === 'message' ? 'media.message' : 'media.chat');
  const busy = row.pending !== undefined;

  return (
    <li
      className={`slds-item slds-p-around_x-small acd-row${row.selected ? ' acd-row_selected' : ''}`}
      aria-labelledby={`${labelId}-head ${labelId}-unread ${labelId}-tail`}
    >
      {/* Plain text (an element inside would add spaces to the name in some engines), in
          an isolate like all customer text, though it is never drawn. */}
      <span id={`${labelId}-head`} dir="auto" hidden>
        {`${name}, ${row.queueName}, ${stateText},`}
      </span>
      <span id={`${labelId}-tail`} hidden>
        {row.wrapupRed ? `${t('marker.wrapupOpen')}, ${tail}` : tail}
      </span>
      <div className="slds-grid slds-grid_vertical-align-center slds-wrap">
        <ChatIcon
          conversationId={id}
          open={row.open}
          media={row.media}
          unreadLabelId={`${labelId}-unread`}
        />
        {/* flexi-truncate lets the column shrink, so a long name is cut (full text in the
            title and in the row's accessible name) instead of pushing the row wider. */}
        <div className="slds-col slds-grow slds-has-flexi-truncate">
          <p className="slds-text-title_bold slds-truncate" title={name}>
            <Isolate>{name}</Isolate>
          </p>
          {/* The queue name is cut first (title keeps it); state and time always show. */}
          <p className="slds-grid slds-text-body_small">
            <span className="slds-truncate" title={row.queueName}>
              <Isolate>{row.queueName}</Isolate>
            </span>
            {/* A flex item drops its leading space: the first separator's is unbreakable. */}
            <span className="slds-shrink-none">
              <span aria-hidden="true">{'\u00a0· '}</span>
              <span className="acd-state">{stateText}</span>
              <span aria-hidden="true"> · </span>
              <ElapsedTime since={row.startTime} />
            </span>
          </p>
          <WrapupMarker red={row.wrapupRed} submission={row.wrapupSubmission} />
        </div>
      </div>
      <RowActions
        id={id}
        state={row.state}
        busy={busy}
        pickUpBlocked={row.pickUpBlocked}
        wrapupPending={row.wrapupSubmission === 'pending'}
        customerName={name}
      />
    </li>
  );
});
