// A view of a core that runs elsewhere (a Zendesk background, the extension's connection
// panel): its mirrored state, and whether the first full copy has arrived yet.
import { useSyncExternalStore } from 'react';
import type { AgentView } from '../../remote/agentRemote';

export function useAgentViewState(view: AgentView) {
  const { store, replica } = view;
  const state = useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.getState(),
  );
  const synced = useSyncExternalStore(
    (listener) => replica.subscribe(listener),
    () => replica.isSynced(),
  );
  return { state, synced };
}
