// The org's OAuth clients, as an admin registers them on the platform: each has one grant
// type (the platform's `authorizedGrantType`: CODE for authorization code with PKCE, TOKEN
// for the implicit grant) and the redirect URIs the login page may send a browser back to.
// Seeded with one per host kind; tests and demos add more through POST /sim/oauth-clients.
import { badRequest, conflict } from '../platformError';

export type GrantType = 'CODE' | 'TOKEN';

export interface OAuthClient {
  id: string;
  name: string;
  grantTypes: GrantType[];
  redirectUris: string[];
}

export const OAUTH_CLIENT_IDS = {
  standalone: 'c0a1f2e3-0000-4000-8000-00000000a001',
  standaloneImplicit: 'c0a1f2e3-0000-4000-8000-00000000a002',
  salesforce: 'c0a1f2e3-0000-4000-8000-00000000a003',
  zendesk: 'c0a1f2e3-0000-4000-8000-00000000a004',
  embeddable: 'c0a1f2e3-0000-4000-8000-00000000a005',
  extension: 'c0a1f2e3-0000-4000-8000-00000000a006',
} as const;

/**
 * Loopback redirect URIs match on any port (RFC 8252 section 7.3), so these hold for the demo
 * server wherever it listens. The popup hosts (Salesforce, Zendesk, embeddable) come back to
 * the callback page built beside the standalone page, never to a CRM's own URL.
 */
export function seedOAuthClients(): OAuthClient[] {
  const ids = OAUTH_CLIENT_IDS;
  const loopback = (path: string) => [`http://127.0.0.1${path}`, `http://localhost${path}`];
  return [
    {
      id: ids.standalone,
      name: 'Standalone agent page',
      grantTypes: ['CODE'],
      redirectUris: [...loopback('/standalone/'), ...loopback('/callback/')],
    },
    {
      id: ids.standaloneImplicit,
      name: 'Standalone agent page (implicit grant)',
      grantTypes: ['TOKEN'],
      redirectUris: loopback('/standalone/'),
    },
    {
      id: ids.salesforce,
      name: 'Salesforce utility bar',
      grantTypes: ['CODE'],
      redirectUris: loopback('/callback/'),
    },
    {
      id: ids.zendesk,
      name: 'Zendesk app',
      grantTypes: ['CODE'],
      redirectUris: loopback('/callback/'),
    },
    {
      id: ids.embeddable,
      name: 'Embeddable Framework client',
      grantTypes: ['CODE'],
      redirectUris: [...loopback('/embeddable/callback.html'), ...loopback('/callback/')],
    },
    {
      id: ids.extension,
      name: 'Browser extension',
      grantTypes: ['CODE'],
      // Chrome's identity.launchWebAuthFlow comes back to https://<extension id>.chromiumapp.org/;
      // the id depends on the key the extension is packed with, so its build registers it.
      redirectUris: loopback('/extension/callback.html'),
    },
  ];
}

export function readOAuthClient(body: unknown, existing: ReadonlySet<string>): OAuthClient {
  if (typeof body !== 'object' || body === null) throw badRequest('An OAuth client is required');
  const { id, name, grantTypes, redirectUris } = body as Record<string, unknown>;
  if (typeof id !== 'string' || id.trim() === '') throw badRequest('id must be a non-empty string');
  if (existing.has(id)) throw conflict(`The OAuth client ${id} already exists`);
  if (typeof name !== 'string' || name.trim() === '') throw badRequest('name is required');
  const grants = Array.isArray(grantTypes) ? grantTypes : [];
  if (grants.length === 0 || !grants.every((g) => g === 'CODE' || g === 'TOKEN')) {
    throw badRequest('grantTypes must list CODE and/or TOKEN');
  }
  const uris = Array.isArray(redirectUris) ? redirectUris : [];
  if (uris.length === 0 || !uris.every(isAbsoluteUrl)) {
    throw badRequest('redirectUris must be absolute URLs');
  }
  return { id, name, grantTypes: grants as GrantType[], redirectUris: uris as string[] };
}

function isAbsoluteUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.hash === '' && /^https?:$|^chrome-extension:$|^moz-extension:$/.test(url.protocol);
  } catch {
    return false;
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Exact match of scheme, host, port, path and query; a loopback http redirect may use any
 * port (RFC 8252 section 7.3), since a native or local page cannot choose its port.
 */
export function redirectUriAllowed(client: OAuthClient, candidate: string): boolean {
  let asked: URL;
  try {
    asked = new URL(candidate);
  } catch {
    return false;
  }
  if (asked.hash !== '') return false;
  return client.redirectUris.some((registered) => {
    if (registered === candidate) return true;
    const known = new URL(registered);
    if (!(known.protocol === 'http:' && LOOPBACK.has(known.hostname))) return false;
    return (
      asked.protocol === known.protocol &&
      asked.hostname === known.hostname &&
      asked.pathname === known.pathname &&
      asked.search === known.search
    );
  });
}
