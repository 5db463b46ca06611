// The core's public entry: what a host (a CRM adapter, an app, the simulator, the benchmarks)
// may use. Everything not exported here, from './ui' or from './embed' is private to the core;
// `npm run lint` refuses an import that reaches past these entries (eslint.config.mjs).

// Building and running the core.
export { createAgentCore } from './app/createAgentCore';
export type { AgentCore, AgentCoreApi, AgentCoreOptions } from './app/createAgentCore';
export type { CoreTimings, Logger, SocketFactory, SocketLike } from './app/coreDeps';
export { defaultTimings } from './app/coreDeps';

// Ports: what the core asks of its surroundings.
export type {
  Attention,
  CrmAdapter,
  CrmContext,
  CrmRecord,
  CustomerIdentity,
  InteractionLog,
  InteractionLogText,
  ScreenPopResult,
  TranscriptLine,
} from './ports/crmAdapter';
export type {
  PageRequest,
  PlatformClient,
  TransferTarget,
  WrapupSubmission,
} from './ports/platformClient';
export { createMemoryStorage } from './ports/storage';
export type { Storage } from './ports/storage';
export type { InstallSettings, InstallSettingsStore } from './ports/installSettingsStore';
export { systemClock } from './ports/clock';
export type { Clock } from './ports/clock';

// Settings and language.
export { defaultSettings } from './features/settings/settingsSlice';
export type { Language, Settings } from './features/settings/settingsSlice';
// The admin's settings as a CRM hands them, cleaned by one set of rules for every host.
export {
  ADMIN_DEFAULTS,
  AdminSettingsError,
  checkPlatformBaseUrl,
  cleanAdminProperties,
  coreSettingsFromAdmin,
} from './features/settings/adminProperties';
export type { AdminProperties, RawAdminProperties } from './features/settings/adminProperties';
export { formatDuration, formatTime, translate } from './i18n/translate';
export { languageFromLocale } from './i18n/language';
export type { MessageKey } from './i18n/translate';
export { fillPlaceholders } from './i18n/fillPlaceholders';
export type { TextParams } from './i18n/fillPlaceholders';

// The platform's wire format (platform-api.md), shared with the simulator that speaks it.
export * from './platform/platformTypes';
export * from './platform/messagingTypes';

// One core, many views: a background page hosts the core, views mirror it over a channel.
export { connectAgentView, hostAgentCore } from './remote/agentRemote';
export type { AgentView } from './remote/agentRemote';
export { createBroadcastChannelTransport } from './remote/broadcastChannelTransport';
export type { RemoteTransport } from './remote/transport';

// Checking values from outside.
export { isRecord } from './guards/isRecord';
export type { Fields } from './guards/isRecord';

// The core's one model over both flavours (chat and web messaging).
export type {
  ConversationMedia,
  ConversationSnapshot,
  MessageRef,
  MessagingDetails,
  TranscriptMessage,
} from './platform/conversationSnapshot';
