// The core as every browser host builds it: the platform's HTTP client and chat client,
// Web Storage under a namespace, the standard WebSocket, the system clock.
import { createAgentCore, type AgentCore, type AgentCoreOptions } from '../app/createAgentCore';
import type { Language, Settings } from '../features/settings/settingsSlice';
import { languageFromLocale } from '../i18n/language';
import { createPlatformClient } from '../platform/createPlatformClient';
import { createPlatformHttp } from '../platform/platformHttp';
import { systemClock } from '../ports/clock';
import type { CrmAdapter } from '../ports/crmAdapter';
import type { Storage } from '../ports/storage';
import { consoleLogger, createDiagnosticLog } from '../features/diagnostics/diagnosticLog';
import { createWebStorage } from './browserStorage';
import { createMemoryWebStorage } from './memoryWebStorage';

export interface BrowserAgentOptions {
  platformBaseUrl: string;
  /** A token the host already holds (URL fragment, CRM session, saved session). */
  accessToken?: string | null;
  /**
   * Asked for a token when there is none or the platform answers 401: resolves with a new
   * token, or null when the agent has to sign in again (the core then stops asking).
   */
  signIn?: () => Promise<string | null>;
  settings?: Partial<Settings>;
  crm: CrmAdapter;
  /** Defaults to localStorage under the `acd-agent` namespace. */
  storage?: Storage;
  /** Defaults to the browser's language. */
  language?: Language;
  /** Tests and benchmarks shorten timings or wrap the socket; hosts leave these alone. */
  tuning?: Partial<Pick<AgentCoreOptions, 'timings' | 'openSocket' | 'logger' | 'clock'>>;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** The host's name in the diagnostics file (salesforce, zendesk, embeddable, ...). */
  host?: string;
}

export interface BrowserAgent extends AgentCore {
  /** Replaces the token (a new sign-in in the same page). */
  setAccessToken(token: string | null): void;
}

/** localStorage when the browser allows it; some privacy modes throw on first access. */
export function defaultBrowserStorage(): Storage {
  try {
    const local = globalThis.localStorage;
    local.getItem('acd-agent:probe');
    return createWebStorage(local);
  } catch {
    return createWebStorage(createMemoryWebStorage());
  }
}

export function createBrowserAgent(options: BrowserAgentOptions): BrowserAgent {
  let token = options.accessToken ?? null;
  const log = createDiagnosticLog({ forward: options.tuning?.logger ?? consoleLogger });
  const http = createPlatformHttp({
    // Each exchange (method, path, status, time) goes to the diagnostic log, never its body.
    onExchange: (exchange) => {
      log.record('platform', `${exchange.method} ${exchange.path} ${exchange.outcome}`, exchange);
    },
    warn: (message, detail) => {
      log.warn(message, detail);
    },
    baseUrl: options.platformBaseUrl,
    getAccessToken: () => token,
    onAuthExpired: async () => {
      token = options.signIn === undefined ? null : await options.signIn();
      return token;
    },
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  const language =
    options.language ??
    options.settings?.language ??
    languageFromLocale((globalThis.navigator as Navigator | undefined)?.language);
  const core = createAgentCore({
    platform: createPlatformClient(http),
    crm: options.crm,
    storage: options.storage ?? defaultBrowserStorage(),
    clock: options.tuning?.clock ?? systemClock,
    settings: {
      ...options.settings,
      language,
      platformBaseUrl: options.platformBaseUrl,
      host: options.host ?? 'browser',
    },
    ...(options.tuning?.openSocket === undefined ? {} : { openSocket: options.tuning.openSocket }),
    diagnostics: { log, host: options.host ?? 'browser' },
    ...(options.tuning?.timings === undefined ? {} : { timings: options.tuning.timings }),
  });
  return {
    ...core,
    setAccessToken: (next) => {
      token = next;
    },
  };
}
