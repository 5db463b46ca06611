// Components reach the core's commands through this context (never fetch, socket or CRM).
import { createContext, useContext, type ReactNode } from 'react';
import type { AgentCoreApi } from '../../app/createAgentCore';

const AgentApiContext = createContext<AgentCoreApi | null>(null);

export function AgentApiProvider({ api, children }: { api: AgentCoreApi; children: ReactNode }) {
  return <AgentApiContext.Provider value={api}>{children}</AgentApiContext.Provider>;
}

export function useAgentApi(): AgentCoreApi {
  const api = useContext(AgentApiContext);
  if (api === null) throw new Error('useAgentApi must be used inside <AgentApiProvider>');
  return api;
}
