// What the callback page and the window that opened the login popup say to each other.
// The opener names its own origin in `state` (beside a random nonce), so the callback page,
// which the deployer hosts at one fixed URL for every CRM, knows where to post the answer;
// the callback page posts only to origins its deployment allows, and the opener accepts
// only messages from the callback page's origin carrying the state it sent.
import { base64Url, createRandomToken } from '../pkce';

export const CALLBACK_MESSAGE = 'acd-oauth-callback';

export interface CallbackMessage {
  type: typeof CALLBACK_MESSAGE;
  state: string;
  code: string | null;
  error: string | null;
  errorDescription: string | null;
}

export function isCallbackMessage(data: unknown): data is CallbackMessage {
  const m = data as Partial<CallbackMessage> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === CALLBACK_MESSAGE &&
    typeof m.state === 'string' &&
    (m.code === null || typeof m.code === 'string') &&
    (m.error === null || typeof m.error === 'string') &&
    (m.errorDescription === null || typeof m.errorDescription === 'string')
  );
}

/** `<nonce>.<base64url(opener origin)>`: only base64url characters and one dot. */
export function popupState(openerOrigin: string): string {
  return `${createRandomToken()}.${base64Url(new TextEncoder().encode(openerOrigin))}`;
}

/** The opener's origin named in a popup state, or null when the state is not one. */
export function openerOriginOf(state: string | null): string | null {
  const encoded = /^[A-Za-z0-9_-]{43}\.([A-Za-z0-9_-]+)$/.exec(state ?? '')?.[1];
  if (encoded === undefined) return null;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const origin = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    return new URL(origin).origin === origin ? origin : null;
  } catch {
    return null;
  }
}

/**
 * Whether a deployment's allow-list admits an origin: exact origins, or `https://*.suffix`
 * for CRMs whose app frames live on per-customer or per-upload subdomains, or `host:*`.
 */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return allowed.some((entry) => {
    // `http://127.0.0.1:*`: any port of one host (local demos, whose ports are picked at start).
    const anyPort = /^(https?):\/\/([^/*:]+):\*$/.exec(entry);
    if (anyPort !== null) return url.protocol === `${anyPort[1]}:` && url.hostname === anyPort[2];
    const wildcard = /^(https?):\/\/\*\.([^/:]+)$/.exec(entry);
    if (wildcard === null) return entry === origin;
    return url.protocol === `${wildcard[1]}:` && url.hostname.endsWith(`.${wildcard[2]}`);
  });
}
