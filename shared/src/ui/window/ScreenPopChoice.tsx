// When the CRM found several records for the customer, the agent says which one the
// interaction belongs to; the activity log attaches to it.
import { Button } from '../controls/Button';
import { useAppSelector } from '../../app/hooks';
import { useAgentApi } from '../app/agentApiContext';
import { useTranslate } from '../app/useTranslate';
import { selectCustomerRecord } from './windowSelectors';
import { Translated } from '../app/Translated';

export function ScreenPopChoice({ conversationId }: { conversationId: string }) {
  const entry = useAppSelector((s) => selectCustomerRecord(s, conversationId));
  const api = useAgentApi();
  const { t } = useTranslate();
  if (entry === undefined) return null;
  if (entry.chosen !== undefined) {
    return (
      <p className="slds-text-body_small slds-text-color_weak">
        <Translated k="crm.chosen" params={{ label: entry.chosen.label }} />
      </p>
    );
  }
  if (entry.status !== 'choose') return null;
  return (
    <section
      className="slds-box slds-box_x-small slds-m-vertical_x-small"
      aria-label={t('crm.choose')}
    >
      <p>{t('crm.choose')}</p>
      <ul>
        {entry.records.map((record) => (
          <li key={record.id} className="slds-p-vertical_xx-small">
            <Button
              label={`${record.label} (${record.kind})`}
              variant="outline-brand"
              onClick={() => api.chooseCrmRecord(conversationId, record)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
