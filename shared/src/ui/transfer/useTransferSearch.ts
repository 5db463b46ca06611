// Searches queues and agents as the agent types; only the newest answer is shown.
import { useEffect, useState } from 'react';
import { useAppSelector } from '../../app/hooks';
import type { Queue, User } from '../../platform/platformTypes';
import { useAgentApi } from '../app/agentApiContext';
import { platformMessage } from '../app/platformMessage';

export const SEARCH_DELAY_MS = 250;

export interface TransferSearch {
  status: 'idle' | 'searching' | 'done' | 'failed';
  queues: Queue[];
  agents: User[];
  error?: string;
}

const idle: TransferSearch = { status: 'idle', queues: [], agents: [] };

export function useTransferSearch(text: string): TransferSearch {
  const api = useAgentApi();
  const me = useAppSelector((state) => state.session.user?.id);
  const [result, setResult] = useState<TransferSearch>(idle);
  const query = text.trim();

  useEffect(() => {
    if (query === '') {
      setResult(idle);
      return undefined;
    }
    let current = true;
    setResult((previous) => ({ ...previous, status: 'searching' }));
    const timer = setTimeout(() => {
      Promise.all([api.searchQueues(query), api.searchUsers(query)]).then(
        ([queues, users]) => {
          if (!current) return;
          setResult({
            status: 'done',
            queues,
            agents: users.filter((u) => u.id !== me && u.state === 'active'),
          });
        },
        (error: unknown) => {
          if (current)
            setResult({ status: 'failed', queues: [], agents: [], error: platformMessage(error) });
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, me, query]);

  return result;
}
