// The one mount point for every host (standalone page, demo, CRM shells): store, API, layout.
import { Provider } from 'react-redux';
import type { AgentCore } from '../../app/createAgentCore';
import { AgentApiProvider } from './agentApiContext';
import { AgentApp } from './AgentApp';
import type { AlertRingDeps } from './useAlertRing';

export function AgentRoot({
  core,
  iconPath,
  ring,
}: {
  core: AgentCore;
  iconPath?: string;
  /** The host's ring (default: the browser's tone and notification). */
  ring?: AlertRingDeps;
}) {
  return (
    <Provider store={core.store}>
      <AgentApiProvider api={core.api}>
        <AgentApp iconPath={iconPath} ring={ring} />
      </AgentApiProvider>
    </Provider>
  );
}
