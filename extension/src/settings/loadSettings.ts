// Reads both settings areas from the browser. storage.managed rejects when no policy is
// installed (Firefox: no managed storage manifest; Chrome: no schema or policy), which just
// means nothing is managed.
import type { ExtensionApi } from '../browser/extensionApi';
import {
  resolveSettings,
  type ExtensionSettings,
  type ResolvedSettings,
} from './extensionSettings';

export const OPTIONS_KEY = 'settings';

export async function loadSettings(api: ExtensionApi): Promise<ResolvedSettings> {
  const local = await api.storage.local.get(OPTIONS_KEY).catch(() => ({}));
  const managed = await api.storage.managed.get(null).catch(() => ({}));
  return resolveSettings((local as Record<string, unknown>)[OPTIONS_KEY], managed);
}

export async function saveOptions(
  api: ExtensionApi,
  values: Partial<ExtensionSettings>,
): Promise<void> {
  await api.storage.local.set({ [OPTIONS_KEY]: values });
}
