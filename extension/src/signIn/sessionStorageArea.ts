// The platform session in storage.session: in memory, for this browser session, readable by
// the extension's own pages and service worker only (never a content script or a web page).
import type { PlatformSession } from '@acd/shared/embed';
import type { ExtensionApi } from '../browser/extensionApi';

const KEY = 'platformSession';

interface Saved extends PlatformSession {
  platformBaseUrl: string;
}

const isSaved = (value: unknown): value is Saved =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Saved).accessToken === 'string' &&
  typeof (value as Saved).expiresAt === 'number' &&
  typeof (value as Saved).platformBaseUrl === 'string';

export function createExtensionSessionStore(api: ExtensionApi, now: () => number = Date.now) {
  return {
    async load(platformBaseUrl: string): Promise<PlatformSession | null> {
      const stored: Record<string, unknown> = await api.storage.session.get(KEY).catch(() => ({}));
      const saved = stored[KEY];
      if (!isSaved(saved) || saved.platformBaseUrl !== platformBaseUrl) return null;
      if (saved.expiresAt <= now()) return null;
      return { accessToken: saved.accessToken, expiresAt: saved.expiresAt };
    },
    async save(platformBaseUrl: string, session: PlatformSession): Promise<void> {
      await api.storage.session.set({ [KEY]: { ...session, platformBaseUrl } });
    },
    async forget(): Promise<void> {
      await api.storage.session.remove(KEY);
    },
  };
}
