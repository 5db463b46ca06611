// config.json beside the built page: set by whoever deploys the client (never the CRM page
// or a query parameter, since framework.js runs with the agent's token in reach).
// Every key is optional but platformBaseUrl; URLs resolve against the page.

export interface EmbeddableConfig {
  platformBaseUrl: string;
  loginBaseUrl: string;
  frameworkUrl?: string;
  callbackUrl: string;
  allowedParentOrigins: string[];
  signIn: 'oauth' | 'simulator';
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const KEYS = new Set([
  'platformBaseUrl',
  'loginBaseUrl',
  'frameworkUrl',
  'callbackUrl',
  'allowedParentOrigins',
  'signIn',
]);

function url(value: unknown, key: string, base: string): URL {
  if (typeof value !== 'string' || value.trim() === '')
    throw new ConfigError(`${key} must be a URL`);
  let parsed: URL;
  try {
    parsed = new URL(value, base);
  } catch {
    throw new ConfigError(`${key} is not a URL: ${value}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ConfigError(`${key} must be an http(s) URL: ${value}`);
  }
  return parsed;
}

function origin(value: unknown): string {
  const parsed = url(value, 'allowedParentOrigins', 'http://invalid.invalid/');
  if (typeof value !== 'string' || !/^https?:\/\//i.test(value)) {
    throw new ConfigError(`allowedParentOrigins: "${String(value)}" is not an absolute origin`);
  }
  return parsed.origin;
}

/** Checks the parsed JSON; `pageUrl` is the built page's own address. */
export function parseEmbeddableConfig(
  json: unknown,
  pageUrl: string,
): { config: EmbeddableConfig; unknownKeys: string[] } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ConfigError('config.json must hold one JSON object');
  }
  const raw = json as Record<string, unknown>;
  if (raw.platformBaseUrl === undefined) throw new ConfigError('platformBaseUrl is required');
  const platformBaseUrl = url(raw.platformBaseUrl, 'platformBaseUrl', pageUrl).origin;
  const loginBaseUrl =
    raw.loginBaseUrl === undefined
      ? platformBaseUrl
      : url(raw.loginBaseUrl, 'loginBaseUrl', pageUrl).origin;
  const frameworkUrl =
    raw.frameworkUrl === undefined
      ? undefined
      : url(raw.frameworkUrl, 'frameworkUrl', pageUrl).toString();
  const callbackUrl = url(raw.callbackUrl ?? 'callback.html', 'callbackUrl', pageUrl).toString();
  let allowedParentOrigins: string[] = [];
  if (raw.allowedParentOrigins !== undefined) {
    if (!Array.isArray(raw.allowedParentOrigins)) {
      throw new ConfigError('allowedParentOrigins must be a list of origins');
    }
    allowedParentOrigins = raw.allowedParentOrigins.map(origin);
  }
  const signIn = raw.signIn ?? 'oauth';
  if (signIn !== 'oauth' && signIn !== 'simulator') {
    throw new ConfigError(`signIn must be "oauth" or "simulator", not ${JSON.stringify(signIn)}`);
  }
  return {
    config: {
      platformBaseUrl,
      loginBaseUrl,
      ...(frameworkUrl === undefined ? {} : { frameworkUrl }),
      callbackUrl,
      allowedParentOrigins,
      signIn,
    },
    unknownKeys: Object.keys(raw).filter((key) => !KEYS.has(key)),
  };
}

export type ConfigLoad =
  | { kind: 'ok'; config: EmbeddableConfig; unknownKeys: string[] }
  | { kind: 'missing'; detail: string }
  | { kind: 'broken'; detail: string };

/** Fetches `config.json` from the page's own folder (no cache: the deployer may change it). */
export async function loadEmbeddableConfig(
  pageUrl: string,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Promise<ConfigLoad> {
  const address = new URL('config.json', pageUrl);
  let text: string;
  try {
    const response = await fetchImpl(address, { cache: 'no-store', credentials: 'same-origin' });
    if (!response.ok)
      return { kind: 'missing', detail: `${address.pathname}: HTTP ${response.status}` };
    text = await response.text();
  } catch (error) {
    return { kind: 'missing', detail: error instanceof Error ? error.message : String(error) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      kind: 'broken',
      detail: `not JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  try {
    return { kind: 'ok', ...parseEmbeddableConfig(json, pageUrl) };
  } catch (error) {
    return { kind: 'broken', detail: error instanceof Error ? error.message : String(error) };
  }
}
