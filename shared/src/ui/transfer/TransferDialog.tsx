// Blind transfer (rule 3): search the platform's queues and agents, pick one, and the chat
// leaves this agent's list.
import { Button } from '../controls/Button';
import { ModalDialog } from '../controls/ModalDialog';
import { SearchInput } from '../controls/TextInput';
import { useState } from 'react';
import type { TransferTarget } from '../../ports/platformClient';
import { useAgentApi } from '../app/agentApiContext';
import { useTranslate } from '../app/useTranslate';
import { useTransferSearch } from './useTransferSearch';
import { Translated } from '../app/Translated';

interface Props {
  conversationId: string;
  customerName: string;
  onClose: () => void;
}

export function TransferDialog({ conversationId, customerName, onClose }: Props) {
  const { t } = useTranslate();
  const api = useAgentApi();
  const [text, setText] = useState('');
  const search = useTransferSearch(text);

  const transfer = (target: TransferTarget, name: string) => {
    api.transfer(conversationId, target, name);
    onClose();
  };

  const option = (key: string, target: TransferTarget, name: string) => (
    <li key={key} className="slds-p-vertical_xx-small">
      <Button
        label={t('transfer.confirm', { name })}
        variant="outline-brand"
        onClick={() => transfer(target, name)}
      />
    </li>
  );

  return (
    <ModalDialog
      label={t('transfer.label')}
      heading={<Translated k="transfer.heading" params={{ name: customerName }} />}
      onClose={onClose}
      footer={<Button label={t('action.cancel')} onClick={onClose} />}
    >
      <div className="slds-p-around_medium">
        <SearchInput
          label={t('transfer.search')}
          value={text}
          autoComplete="off"
          onValueChange={setText}
        />
        <div aria-live="polite" className="slds-m-top_small">
          {search.status === 'searching' && <p>{t('transfer.searching')}</p>}
          {search.status === 'failed' && (
            <p role="alert" className="slds-text-color_error">
              {t('transfer.failed', { detail: search.error ?? '' })}
            </p>
          )}
          {search.status === 'done' && search.queues.length === 0 && search.agents.length === 0 && (
            <p>{t('transfer.none')}</p>
          )}
        </div>
        {search.queues.length > 0 && (
          <>
            <h3 className="slds-text-title_caps slds-m-top_small">{t('transfer.queues')}</h3>
            <ul aria-label={t('transfer.queues')}>
              {search.queues.map((q) => option(`q-${q.id}`, { queueId: q.id }, q.name))}
            </ul>
          </>
        )}
        {search.agents.length > 0 && (
          <>
            <h3 className="slds-text-title_caps slds-m-top_small">{t('transfer.agents')}</h3>
            <ul aria-label={t('transfer.agents')}>
              {search.agents.map((u) => option(`u-${u.id}`, { userId: u.id }, u.name))}
            </ul>
          </>
        )}
      </div>
    </ModalDialog>
  );
}
