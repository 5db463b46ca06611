// Loads the official SDK in isolation and gives the conformance tests a few shared moves:
// the simulator's control API, extended responses on demand, and shape matchers.
import os from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type {
  ChatConversation,
  ChatMediaParticipant,
  Conversation,
  ErrorBody,
  PlatformClientSdk,
  SdkApiClient,
  SdkExtendedResponse,
} from './platformClientSdk';
import type { MessagingPlatformClientSdk } from './messagingSdk';

export const ON_QUEUE_PRESENCE_ID = 'e08eaf1b-ee47-4fa9-a231-1200e284798f';
export const AVAILABLE_PRESENCE_ID = '6a3af858-942f-489d-9700-5f9bcdcdae9b';

/**
 * Requires the SDK with os.homedir() pointed at an empty temp folder, so a developer's
 * ~/.genesyscloudjavascript/config cannot change its host or logging. Setting HOME inside a
 * jest test is not enough: jest gives tests a copy of process.env that os.homedir() never
 * reads. Each test file gets its own module registry, hence its own SDK singleton.
 */
export function loadPlatformSdk(): PlatformClientSdk {
  return requireIsolated('purecloud-platform-client-v2') as PlatformClientSdk;
}

/** The registry's current SDK (262), installed beside 252 under an npm alias. */
export function loadCurrentPlatformSdk(): MessagingPlatformClientSdk {
  return requireIsolated('purecloud-platform-client-v2-current') as MessagingPlatformClientSdk;
}

function requireIsolated(moduleName: string): { ApiClient: { instance: SdkApiClient } } {
  const home = mkdtempSync(join(os.tmpdir(), 'sdk-home-'));
  const homedir = jest.spyOn(os, 'homedir').mockReturnValue(home);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- it must load after homedir is redirected, typed by the local platformClientSdk.d.ts (252) or messagingSdk.d.ts (262)
    const sdk = require(moduleName) as { ApiClient: { instance: SdkApiClient } };
    // Stops the SDK polling the (absent) config file for the rest of the run.
    sdk.ApiClient.instance.config.live_reload_config = false;
    return sdk;
  } finally {
    homedir.mockRestore();
    rmSync(home, { recursive: true, force: true });
  }
}

/** Points the SDK's singleton at a loopback simulator. */
export function pointSdkAt(
  sdk: { ApiClient: { instance: SdkApiClient } },
  port: number,
): SdkApiClient {
  const client = sdk.ApiClient.instance;
  client.setGateway({ protocol: 'http', host: '127.0.0.1', port });
  client.setReturnExtendedResponses(false);
  return client;
}

/** Runs one SDK call with extended responses on, so the status and headers can be read. */
export async function extendedResponseOf<T>(
  client: SdkApiClient,
  call: () => Promise<T>,
): Promise<SdkExtendedResponse<T>> {
  client.setReturnExtendedResponses(true);
  try {
    // The SDK reads the flag when the response arrives, so it stays on until then.
    return (await call()) as unknown as SdkExtendedResponse<T>;
  } finally {
    client.setReturnExtendedResponses(false);
  }
}

/** Runs one SDK call that must fail and returns the extended rejection. */
export async function rejectionOf(
  client: SdkApiClient,
  call: () => Promise<unknown>,
): Promise<SdkExtendedResponse<ErrorBody>> {
  client.setReturnExtendedResponses(true);
  try {
    await call();
  } catch (rejection) {
    return rejection as SdkExtendedResponse<ErrorBody>;
  } finally {
    client.setReturnExtendedResponses(false);
  }
  throw new Error('Expected the SDK call to fail, but it succeeded');
}

/** The platform's error body, field by field. */
export function expectPlatformError(
  rejection: SdkExtendedResponse<ErrorBody>,
  status: number,
  code: string,
): void {
  expect(rejection.status).toBe(status);
  expect(rejection.body).toEqual({
    message: aNonEmptyString(),
    code,
    status,
    messageParams: {},
    contextId: aUuid(),
    details: [],
    errors: [],
  });
}

// Matchers typed as unknown, so they drop into toEqual objects without leaking `any`.
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const anIsoTime = (): unknown => expect.stringMatching(ISO_UTC);
export const aUuid = (): unknown => expect.stringMatching(UUID);
export const aNonEmptyString = (): unknown => expect.stringMatching(/\S/);

/** The simulator's control API (/sim/*), which the SDK knows nothing about. */
export class SimControl {
  constructor(private readonly baseUrl: string) {}

  async login(userId: string): Promise<string> {
    const grant = (await this.post('/sim/login', { userId })) as { access_token: string };
    return grant.access_token;
  }

  async startChat(request: {
    queueId?: string;
    customerName: string;
    customerEmail?: string;
    firstMessage?: string;
  }): Promise<string> {
    const started = (await this.post('/sim/chats', request)) as { conversationId: string };
    return started.conversationId;
  }

  /** A guest starts a web messaging conversation (the queue's deployment). */
  async startMessaging(request: {
    queueId?: string;
    customerName: string;
    firstMessage?: string;
  }): Promise<string> {
    const started = (await this.post('/sim/messaging', request)) as { conversationId: string };
    return started.conversationId;
  }

  async customerSays(conversationId: string, body: string): Promise<void> {
    await this.post(`/sim/chats/${conversationId}/messages`, { body });
  }

  async customerTypes(conversationId: string): Promise<void> {
    await this.post(`/sim/chats/${conversationId}/typing`);
  }

  async customerLeaves(conversationId: string): Promise<void> {
    await this.post(`/sim/chats/${conversationId}/disconnect`);
  }

  async injectFault(fault: { status?: number; count?: number; retryAfterSeconds?: number }) {
    await this.post('/sim/faults', fault);
  }

  async reset(): Promise<void> {
    await this.post('/sim/reset');
  }

  private async post(path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${text}`);
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  }
}

/** The one item of a list that must hold exactly one. */
export function single<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

/** A user's newest agent leg in a chat conversation. */
export function agentLegOf(chat: ChatConversation, userId: string): ChatMediaParticipant {
  const legs = chat.participants.filter((p) => p.purpose === 'agent' && p.user?.id === userId);
  const leg = legs[legs.length - 1];
  if (leg === undefined) throw new Error(`No agent leg for ${userId} in ${chat.id}`);
  return leg;
}

export function customerOf(chat: ChatConversation): ChatMediaParticipant {
  const customer = chat.participants.find((p) => p.purpose === 'customer');
  if (customer === undefined) throw new Error(`No customer in ${chat.id}`);
  return customer;
}

/** The communication id of a participant: `chats[0].id` in the generic conversation. */
export function communicationIdOf(conversation: Conversation, participantId: string): string {
  const participant = conversation.participants.find((p) => p.id === participantId);
  const communicationId = participant?.chats[0]?.id;
  if (communicationId === undefined) throw new Error(`No communication for ${participantId}`);
  return communicationId;
}
