// The UI's public entry: the agent client's React tree and the browser pieces a host wires
// to it. Components inside are private; a host renders AgentApp (or mounts it through
// '@acd/shared/embed') and never a part of it.
export { AgentApp } from './app/AgentApp';
export type { AgentAppProps } from './app/AgentApp';
export { AgentApiProvider } from './app/agentApiContext';
export { useAgentViewState } from './app/useAgentViewState';
export { hasUserActivation, playAlertTone, showAlertNotification } from './app/alertRing';
export type { AlertRingDeps } from './app/useAlertRing';
export { useBeforeUnloadGuard } from './app/useBeforeUnloadGuard';
export { selectLeaveNeedsConfirm } from '../features/interactions/interactionSelectors';
// The SLDS form primitives, for a host's own forms (options page, demo page): the same
// label, control, help and error markup as the client's.
export { FormElement } from './controls/FormElement';
export type { ControlWiring, FieldProps, FormElementProps } from './controls/FormElement';
export { TextInput, SearchInput } from './controls/TextInput';
export type { TextInputProps } from './controls/TextInput';
export { Textarea } from './controls/Textarea';
export type { TextareaProps } from './controls/Textarea';
export { Select } from './controls/Select';
export type { SelectProps } from './controls/Select';
export { Checkbox } from './controls/Checkbox';
export type { CheckboxProps } from './controls/Checkbox';
export { RadioGroup } from './controls/RadioGroup';
export type { RadioGroupProps, RadioOption } from './controls/RadioGroup';
