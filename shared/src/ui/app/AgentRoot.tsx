// The one mount point for every host (standalone page, demo, CRM shells): store, API, layout.
import { Provider } from 'react-redux';
import type { AgentCore } from '../../app/createAgentCore';
import { AgentApiProvider } from './agentApiContext';
import { AgentApp } from './AgentApp';

export function AgentRoot({ core, iconPath }: { core: AgentCore; iconPath?: string }) {
  return (
    <Provider store={core.store}>
      <AgentApiProvider api={core.api}>
        <AgentApp iconPath={iconPath} />
      </AgentApiProvider>
    </Provider>
  );
}
