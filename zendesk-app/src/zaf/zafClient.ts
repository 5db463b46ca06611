// The part of the ZAF SDK client the app uses, typed (the SDK ships no types). The real
// client comes from ZAFClient.init(); tests use a fake honouring the same contract.

export interface ZafRequestOptions {
  url: string;
  type?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  contentType?: string;
  /** A JSON string for JSON bodies. */
  data?: string;
  dataType?: 'json';
}

/** What `client.get` resolves with: the asked paths as keys, plus `errors` per path. */
export type ZafGetResult = Record<string, unknown> & { errors?: Record<string, unknown> };

export interface ZafContext {
  location: string;
  instanceGuid: string;
  account?: { subdomain?: string };
  [key: string]: unknown;
}

export interface ZafMetadata {
  appId?: number;
  installationId?: number;
  name?: string;
  version?: string;
  settings: Record<string, unknown>;
}

export interface ZafClient {
  get(path: string | string[]): Promise<ZafGetResult>;
  set(key: string, value: unknown): Promise<ZafGetResult>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  request(options: ZafRequestOptions): Promise<unknown>;
  on(name: string, handler: (data: unknown) => void): void;
  metadata(): Promise<ZafMetadata>;
  context(): Promise<ZafContext>;
  /** The client of another instance of this app (e.g. the sidebar of the ticket in view). */
  instance(instanceGuid: string): ZafClient;
}

/** A failed `client.request`: the SDK rejects with the XHR-like response. */
export interface ZafRequestFailure {
  status?: number;
  statusText?: string;
  responseText?: string;
}

export function describeRequestFailure(failure: unknown): string {
  const response = failure as ZafRequestFailure | null;
  if (typeof response === 'object' && response !== null && typeof response.status === 'number') {
    return response.status === 0
      ? 'no answer from Zendesk'
      : `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  }
  return failure instanceof Error ? failure.message : String(failure);
}
