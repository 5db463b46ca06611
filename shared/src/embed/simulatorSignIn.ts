// Signing in against the simulator: its /sim/users list and /sim/login token grant. A real
// platform has neither; the standalone page uses PKCE there.
import type { PlatformSession } from './implicitGrant';

export interface SimulatorAgent {
  id: string;
  name: string;
  email: string;
  admin: boolean;
}

const isAgent = (value: unknown): value is SimulatorAgent => {
  const v = value as Partial<SimulatorAgent> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.id === 'string' &&
    typeof v.name === 'string' &&
    typeof v.email === 'string' &&
    typeof v.admin === 'boolean'
  );
};

async function readJson(response: Response, what: string): Promise<unknown> {
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { message?: unknown } | null)?.message;
    throw new Error(typeof message === 'string' ? message : `${what} answered ${response.status}`);
  }
  return body;
}

export async function listSimulatorAgents(
  platformBaseUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<SimulatorAgent[]> {
  const response = await fetchImpl(new URL('/sim/users', platformBaseUrl));
  const body = await readJson(response, 'The simulator user list');
  const users = (body as { users?: unknown } | null)?.users;
  if (!Array.isArray(users)) throw new Error('The simulator user list has an unexpected shape');
  return users.filter(isAgent);
}

export async function signInToSimulator(
  platformBaseUrl: string,
  userId: string,
  { fetch: fetchImpl = fetch, now = Date.now } = {},
): Promise<PlatformSession> {
  const response = await fetchImpl(new URL('/sim/login', platformBaseUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  const body = (await readJson(response, 'The simulator sign-in')) as {
    access_token?: unknown;
    expires_in?: unknown;
  } | null;
  if (typeof body?.access_token !== 'string') throw new Error('The simulator issued no token');
  const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : 86_400;
  return { accessToken: body.access_token, expiresAt: now() + expiresIn * 1000 };
}
