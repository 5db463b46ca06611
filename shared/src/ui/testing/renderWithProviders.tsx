// Renders a component on a real store (no sagas) with an API whose commands are recorded,
// so tests read what the agent would see and what the component asked the core to do.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Provider } from 'react-redux';
import { createAgentCore, type AgentCoreApi } from '../../app/createAgentCore';
import type { RootState } from '../../app/rootReducer';
import { makeStore } from '../../app/store';
import type { PlatformClient } from '../../ports/platformClient';
import { createMemoryStorage } from '../../ports/storage';
import { systemClock } from '../../ports/clock';
import { createRecordingCrm } from '../../testing/recordingCrm';
import { AgentApiProvider } from '../app/agentApiContext';

type Calls = { name: keyof AgentCoreApi; args: unknown[] }[];

/** A platform that answers nothing: UI tests never reach it. */
const unreachablePlatform = new Proxy({} as PlatformClient, {
  get: (_target, name) => () =>
    Promise.reject(new Error(`UI tests do not call the platform (${String(name)})`)),
});

export function renderWithProviders(
  ui: ReactElement,
  { preloadedState }: { preloadedState?: Partial<RootState> } = {},
) {
  const store = makeStore(preloadedState);
  const { api: realApi } = createAgentCore({
    platform: unreachablePlatform,
    crm: createRecordingCrm().crm,
    storage: createMemoryStorage(),
    clock: systemClock,
  });
  const calls: Calls = [];
  const api = new Proxy(realApi, {
    get(target, name: keyof AgentCoreApi) {
      // Only the name matters: every API call is recorded instead of run.
      const value: unknown = Reflect.get(target, name);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push({ name, args });
        return undefined;
      };
    },
  });
  const view = render(
    <Provider store={store}>
      <AgentApiProvider api={api}>{ui}</AgentApiProvider>
    </Provider>,
  );
  return { ...view, store, calls };
}
