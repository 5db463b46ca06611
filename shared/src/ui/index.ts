// The UI's public entry: the agent client's React tree and the browser pieces a host wires
// to it. Components inside are private; a host renders AgentApp (or mounts it through
// '@acd/shared/embed') and never a part of it.
export { AgentApp } from './app/AgentApp';
export type { AgentAppProps } from './app/AgentApp';
export { AgentApiProvider } from './app/agentApiContext';
export { useAgentViewState } from './app/useAgentViewState';
export { hasUserActivation, playAlertTone, showAlertNotification } from './app/alertRing';
export type { AlertRingDeps } from './app/useAlertRing';
export { selectLeaveNeedsConfirm, useBeforeUnloadGuard } from './app/useBeforeUnloadGuard';
