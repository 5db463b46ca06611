// Renders a component on a real store (no sagas) with an API whose commands are recorded,
// so tests read what the agent would see and what the component asked the core to do.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Provider } from 'react-redux';
import { createAgentCore, type AgentCoreApi } from '../../src/app/createAgentCore';
import type { RootState } from '../../src/app/rootReducer';
import { makeStore } from '../../src/app/store';
import type { PlatformClient } from '../../src/ports/platformClient';
import { createMemoryStorage } from '../../src/ports/storage';
import { systemClock } from '../../src/ports/clock';
import { isOptionalCapability } from '../optionalCapabilities';
import { createRecordingCrm } from '../recordingCrm';
import { AgentApiProvider } from '../../src/ui/app/agentApiContext';

type Calls = { name: keyof AgentCoreApi; args: unknown[] }[];

/**
 * A platform that answers only what a test gives it. The request/response calls the UI
 * makes itself (searches, admin) reach it; everything else is recorded by the API proxy.
 */
function testPlatform(answers: Partial<PlatformClient>): PlatformClient {
  return new Proxy(answers as PlatformClient, {
    get: (target, name): unknown =>
      Reflect.get(target, name) ??
      // The optional capabilities the core probes: absent, as on a one-flavour client.
      (isOptionalCapability(name)
        ? undefined
        : () => Promise.reject(new Error(`UI tests do not call the platform (${String(name)})`))),
  });
}

/** API calls that answer the UI (searches): recorded, and also run against `platform`. */
const QUERY_CALLS = new Set<keyof AgentCoreApi>(['searchUsers', 'searchQueues', 'diagnostics']);

export function renderWithProviders(
  ui: ReactElement,
  {
    preloadedState,
    platform = {},
  }: { preloadedState?: Partial<RootState>; platform?: Partial<PlatformClient> } = {},
) {
  const store = makeStore(preloadedState);
  const { api: realApi } = createAgentCore({
    platform: testPlatform(platform),
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
        if (!QUERY_CALLS.has(name)) return undefined;
        const answer: unknown = Reflect.apply(value, target, args);
        return answer;
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
