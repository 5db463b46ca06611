// Which wrap-up codes a queue offers: find the queue, see its codes, assign or remove.
import { Button } from '../controls/Button';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Queue, WrapupCode } from '../../platform/platformTypes';
import { useAgentApi } from '../app/agentApiContext';
import { useTranslate } from '../app/useTranslate';
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
  const searchId = useId();
  const assignId = useId();

  const findQueues = async () => {
    const found = await run(() => api.admin.searchQueues(text.trim()));
    if (found !== undefined) setQueues(found);
  };

  // Only the newest load is shown: a slow answer for the queue chosen before (or from before
  // an assign) must not replace the current one.
  const latest = useRef(0);
  const loadAssigned = useCallback(
    async (q: Queue) => {
      const request = ++latest.current;
      const [mine, every] = [
        await run(() => api.admin.listQueueCodes(q.id, { pageSize: 100 })),
        await run(() => api.admin.listCodes({ pageSize: 100 })),
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
    await loadAssigned(queue);
  };
  const unassign = async (code: WrapupCode) => {
    if (queue === null) return;
    await run(async () => {
      await api.admin.unassignCode(queue.id, code.id);
      return true;
    });
    await loadAssigned(queue);
  };

  const unassigned = allCodes.filter((c) => !assigned.some((a) => a.id === c.id));
  return (
    // jscpd:ignore-start (the admin panels' heading, alert and search label: see .jscpd.json)
    <section className="slds-m-top_medium" aria-labelledby={`${searchId}-h`}>
      <h3 id={`${searchId}-h`} className="slds-text-title_caps">
        {t('admin.queues')}
      </h3>
      {error !== null && (
        <p role="alert" className="slds-text-color_error">
          {error}
        </p>
      )}
      <div className="slds-form-element">
        <label className="slds-form-element__label" htmlFor={searchId}>
          {t('admin.queueSearch')}
        </label>
        {/* jscpd:ignore-end */}
        <div className="slds-grid">
          <input
            id={searchId}
            type="search"
            className="slds-input"
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void findQueues();
            }}
          />
          <Button
            className="slds-no-flex"
            label={t('admin.find')}
            onClick={() => void findQueues()}
          />
        </div>
      </div>
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
          <div className="slds-form-element slds-m-top_x-small">
            <label className="slds-form-element__label" htmlFor={assignId}>
              {t('admin.assignTo', { queue: queue.name })}
            </label>
            <div className="slds-grid">
              <div className="slds-select_container slds-col">
                <select
                  id={assignId}
                  className="slds-select"
                  value={toAssign}
                  onChange={(event) => setToAssign(event.target.value)}
                >
                  <option value="" />
                  {unassigned.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </div>
              <Button
                className="slds-no-flex"
                label={t('admin.assign')}
                onClick={() => void assign()}
              />
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
