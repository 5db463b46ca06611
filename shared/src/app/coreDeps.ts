// What the sagas need from the outside world: the ports, plus the socket and the timings
// tests shorten. Handed to the root saga once, never read from globals.
import type { Clock } from '../ports/clock';
import type { CrmAdapter } from '../ports/crmAdapter';
import type { PlatformClient } from '../ports/platformClient';
import type { Storage } from '../ports/storage';
import type { WhenIdle } from '../ports/whenIdle';

/** The part of the standard WebSocket the notification saga uses. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'close' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

export type SocketFactory = (url: string) => SocketLike;

export interface Logger {
  warn(message: string, detail?: unknown): void;
}

export interface CoreTimings {
  /** The platform's heartbeat interval; two missed beats mean the socket is dead. */
  heartbeatIntervalMs: number;
  /** First reconnect delay; doubles per attempt up to the cap, with jitter. */
  reconnectBaseMs: number;
  reconnectMaxMs: number;
  /** First outbox retry delay; doubles per attempt up to the cap. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** How long the saved drafts wait before being written (typing is frequent). */
  persistDebounceMs: number;
  /** How often a typing indicator may be sent while the agent types. */
  typingThrottleMs: number;
  /** How long an informational notice stays before it leaves by itself. */
  noticeLingerMs: number;
  /** Messaging snapshots this close together are one burst: their texts are fetched together. */
  messageQuietMs: number;
  /** The longest a burst's texts wait for the snapshots to pause. */
  messageMaxWaitMs: number;
  /**
   * How long work fetched ahead of need waits, so the list that prompted it is rendered and
   * painted first (each request costs the page's main thread several milliseconds).
   */
  aheadOfNeedDelayMs: number;
  /**
   * The longest the first notification channel waits for the page to be idle after sign-in,
   * so that the list the start-up shows, when it comes with the session, is rendered and
   * painted before the channel is asked for.
   */
  firstChannelIdleMaxMs: number;
  /**
   * How long a call into the host's CRM (screen pop, interaction log) may go unanswered before
   * it counts as failed: the CRMs' own request APIs have no timer.
   */
  crmCallTimeoutMs: number;
}

export const defaultTimings: CoreTimings = {
  heartbeatIntervalMs: 30_000,
  reconnectBaseMs: 1_000,
  reconnectMaxMs: 30_000,
  retryBaseMs: 1_000,
  retryMaxMs: 60_000,
  persistDebounceMs: 300,
  typingThrottleMs: 3_000,
  noticeLingerMs: 8_000,
  messageQuietMs: 100,
  messageMaxWaitMs: 1_000,
  aheadOfNeedDelayMs: 50,
  firstChannelIdleMaxMs: 300,
  crmCallTimeoutMs: 30_000,
};

export interface CoreDeps {
  platform: PlatformClient;
  crm: CrmAdapter;
  storage: Storage;
  clock: Clock;
  openSocket: SocketFactory;
  logger: Logger;
  timings: CoreTimings;
  random: () => number;
  /** The page's next idle moment (ports/whenIdle). */
  whenIdle: WhenIdle;
  /** Prefix of the storage keys, so two signed-in users never share drafts. */
  storageKey: (name: string) => string;
}
