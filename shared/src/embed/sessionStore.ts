// Where the page keeps the platform session between reloads: sessionStorage, so it lives
// as long as the tab and is not shared with other tabs or left behind on a shared computer.
// One entry per platform base URL: switching platforms never sends a token to the wrong one.
import type { PlatformSession } from './implicitGrant';
import type { WebStorageLike } from './browserStorage';

const KEY = 'acd-agent:session';

/** A session as stored, tagged with the platform it belongs to. */
export interface SavedSession extends PlatformSession {
  platformBaseUrl: string;
}
export const isSavedSession = (value: unknown): value is SavedSession =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SavedSession).accessToken === 'string' &&
  typeof (value as SavedSession).expiresAt === 'number' &&
  typeof (value as SavedSession).platformBaseUrl === 'string';

export function createSessionStore(webStorage: WebStorageLike, now: () => number = Date.now) {
  return {
    /** The saved session for this platform, unless it has expired. */
    load(platformBaseUrl: string): PlatformSession | null {
      let saved: unknown;
      try {
        saved = JSON.parse(webStorage.getItem(KEY) ?? 'null');
      } catch {
        return null;
      }
      if (!isSavedSession(saved) || saved.platformBaseUrl !== platformBaseUrl) return null;
      if (saved.expiresAt <= now()) return null;
      return { accessToken: saved.accessToken, expiresAt: saved.expiresAt };
    },
    save(platformBaseUrl: string, session: PlatformSession): void {
      const saved: SavedSession = { ...session, platformBaseUrl };
      try {
        webStorage.setItem(KEY, JSON.stringify(saved));
      } catch {
        // Storage refused (private mode, quota): the session still works until a reload.
      }
    },
    forget(): void {
      try {
        webStorage.removeItem(KEY);
      } catch {
        // Nothing was stored.
      }
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
