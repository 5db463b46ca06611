// Which wrap-up codes a queue offers: find the queue, see its codes, assign or remove.
import { Button } from '../controls/Button';
import { Select } from '../controls/Select';
import { SearchInput } from '../controls/TextInput';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Queue, WrapupCode } from '../../platform/platformTypes';
import { useAgentApi } from '../app/agentApiContext';
import { useTranslate } from '../app/useTranslate';
import { AdminSection } from './AdminSection';
import { useAdminCall } from './useAdminCall';

/** `codesVersion` changes whenever the org's codes changed elsewhere: reload them. */
export function QueueCodesAdmin({ codesVersion = 0 }: { codesVersion?: number } = {}) {
  const api = useAgentApi();
  const { t } = useTranslate();
  const { run, error } = useAdminCall();
  const [text, setText] = useState('');
  const [queues, setQueues] = useState<Queue[]>([]);
  const [queue, setQueue] = useState<Queue | null>(null);
  const [assigned, setAssigned] = useState<WrapupCode[]>([]);
  const [allCodes, setAllCodes] = useState<WrapupCode[]>([]);
  const [toAssign, setToAssign] = useState('');

  const findQueues = async () => {
    const found = await run(() => api.admin.searchQueues(text.trim()));
    if (found !== undefined) setQueues(found);
  };

  // Only the newest load is shown: a slow answer for the queue chosen before (or from before
  // an assign) must not replace the current one.
  const latest = useRef(0);
  // `afterChange`: keep the assign's or unassign's failure on screen while reloading. The
  // second call always keeps: it must not hide the first one's failure either.
  const loadAssigned = useCallback(
    async (q: Queue, afterChange = false) => {
      const request = ++latest.current;
      const [mine, every] = [
        await run(() => api.admin.listQueueCodes(q.id, { pageSize: 100 }), afterChange),
        await run(() => api.admin.listCodes({ pageSize: 100 }), true),
      ];
      if (request !== latest.current) return;
      if (mine !== undefined) setAssigned(mine.entities);
      if (every !== undefined) setAllCodes(every.entities);
    },
    [api, run],
  );

  useEffect(() => {
    if (queue !== null) void loadAssigned(queue);
  }, [queue, loadAssigned, codesVersion]);

  const assign = async () => {
    if (queue === null || toAssign === '') return;
    await run(async () => {
      await api.admin.assignCodes(queue.id, [toAssign]);
      return true;
    });
    setToAssign('');
    await loadAssigned(queue, true);
  };
  const unassign = async (code: WrapupCode) => {
    if (queue === null) return;
    await run(async () => {
      await api.admin.unassignCode(queue.id, code.id);
      return true;
    });
    await loadAssigned(queue, true);
  };

  const unassigned = allCodes.filter((c) => !assigned.some((a) => a.id === c.id));
  return (
    <AdminSection className="slds-m-top_medium" heading={t('admin.queues')} error={error}>
      <SearchInput
        label={t('admin.queueSearch')}
        value={text}
        onValueChange={setText}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void findQueues();
        }}
        action={
          <Button
            className="slds-no-flex"
            label={t('admin.find')}
            onClick={() => void findQueues()}
          />
        }
      />
      <ul className="slds-m-vertical_x-small">
        {queues.map((q) => (
          <li key={q.id}>
            <Button
              label={q.name}
              variant={queue?.id === q.id ? 'brand' : 'neutral'}
              aria-pressed={queue?.id === q.id}
              onClick={() => setQueue(q)}
            />
          </li>
        ))}
      </ul>
      {queue !== null && (
        <div>
          <ul aria-label={t('admin.queueCodes', { queue: queue.name })}>
            {assigned.map((code) => (
              <li key={code.id} className="slds-grid slds-grid_vertical-align-center">
                <span className="slds-col slds-grow">{code.name}</span>
                <Button
                  className="slds-no-flex"
                  label={t('admin.unassign')}
                  aria-label={t('admin.unassignFrom', { name: code.name, queue: queue.name })}
                  onClick={() => void unassign(code)}
                />
              </li>
            ))}
          </ul>
          <Select
            className="slds-m-top_x-small"
            label={t('admin.assignTo', { queue: queue.name })}
            value={toAssign}
            onValueChange={setToAssign}
            action={
              <Button
                className="slds-no-flex"
                label={t('admin.assign')}
                onClick={() => void assign()}
              />
            }
          >
            <option value="" />
            {unassigned.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </div>
      )}
    </AdminSection>
  );
}
