// The platform session in storage.session: in memory, for this browser session, readable by
// the extension's own pages and service worker only (never a content script or a web page).
import { isSavedSession, type PlatformSession } from '@acd/shared/embed';
import type { ExtensionApi } from '../browser/extensionApi';

const KEY = 'platformSession';

export function createExtensionSessionStore(api: ExtensionApi, now: () => number = Date.now) {
  return {
    async load(platformBaseUrl: string): Promise<PlatformSession | null> {
      const stored: Record<string, unknown> = await api.storage.session.get(KEY).catch(() => ({}));
      const saved = stored[KEY];
      if (!isSavedSession(saved) || saved.platformBaseUrl !== platformBaseUrl) return null;
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
