// Puts the agent client into an element of any page: builds the core, renders the UI with
// react-dom, starts the sagas. No globals, no service worker; unmount leaves nothing behind.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AgentRoot } from '../ui/app/AgentRoot';
import type { AlertRingDeps } from '../ui/app/useAlertRing';
import type { AgentCore } from '../app/createAgentCore';
import { createBrowserAgent, type BrowserAgentOptions } from './createBrowserAgent';

export interface MountedAgentClient {
  core: AgentCore;
  /** Resolves once the session is loaded (or refused). */
  started: Promise<void>;
  /** Stops the sagas (the socket closes) and removes the UI. */
  unmount(): Promise<void>;
}

export type MountOptions = (BrowserAgentOptions | { core: AgentCore }) & {
  /** The host's ring; the browser's tone and notification by default. */
  ring?: AlertRingDeps;
};

export function mountAgentClient(element: Element, options: MountOptions): MountedAgentClient {
  const core = 'core' in options ? options.core : createBrowserAgent(options);
  const root = createRoot(element);
  root.render(
    <StrictMode>
      <AgentRoot core={core} {...(options.ring === undefined ? {} : { ring: options.ring })} />
    </StrictMode>,
  );
  const started = core.api.start();
  let unmounted: Promise<void> | undefined;
  return {
    core,
    started,
    unmount: () => {
      unmounted ??= (async () => {
        root.unmount();
        await core.api.stop();
      })();
      return unmounted;
    },
  };
}
