// One open chat in the window's tab list: the customer's name with its burst (rule 7) and
// whether it is the connected one or held (rule 6).
import { memo, useMemo, type KeyboardEvent } from 'react';
import { useAppSelector } from '../../app/hooks';
import { useAgentApi } from '../app/agentApiContext';
import { useTranslate } from '../app/useTranslate';
import { STATE_KEYS } from '../list/stateKeys';
import { UnreadBurst } from '../list/UnreadBurst';
import { makeSelectTabView } from './windowSelectors';
import { Isolate } from '../controls/Isolate';

interface Props {
  id: string;
  selected: boolean;
  panelId: string;
  onArrow: (event: KeyboardEvent<HTMLButtonElement>, id: string) => void;
}

export const ChatTab = memo(function ChatTab({ id, selected, panelId, onArrow }: Props) {
  const selectTab = useMemo(makeSelectTabView, []);
  const tab = useAppSelector((s) => selectTab(s, id));
  const api = useAgentApi();
  const { t } = useTranslate();
  if (tab === undefined) return null;
  const stateText = t(STATE_KEYS[tab.state]);
  return (
    <li
      className={`slds-tabs_default__item${selected ? ' slds-is-active' : ''}`}
      role="presentation"
    >
      <button
        type="button"
        role="tab"
        id={`acd-tab-${id}`}
        data-conversation-id={id}
        aria-selected={selected}
        aria-controls={selected ? panelId : undefined}
        tabIndex={selected ? 0 : -1}
        className="slds-tabs_default__link acd-tab"
        title={tab.customerName}
        onClick={() => {
          if (!selected) api.selectChat(id);
        }}
        onKeyDown={(event) => onArrow(event, id)}
      >
        {/* The name is built from what is shown (axe label-content-name-mismatch): the
            visible name, the burst's own assistive text, then the state for screen readers. */}
        <Isolate>{tab.customerName}</Isolate>
        <UnreadBurst conversationId={id} />
        <span className="slds-assistive-text">({stateText})</span>
      </button>
    </li>
  );
});
