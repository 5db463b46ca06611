// The agent's own choices in this client, ringing (rule 2) and language, outlive a reload:
// an agent who silenced one of two clients should not hear it ring again after F5. The
// host's settings (call logging, auto-answer, the ringing default) come from the CRM on
// every start; a stored choice then overrides the default.
import { call, put, select, take } from 'typed-redux-saga';
import type { CoreDeps } from '../../app/coreDeps';
import type { RootState } from '../../app/rootReducer';
import { settingsChanged, type Language, type Settings } from './settingsSlice';
import { ofType } from '../../app/actionPatterns';

export type Preferences = Pick<Settings, 'ringing' | 'language'>;

const KEY = 'preferences';
const LANGUAGES: readonly Language[] = ['en', 'ja'];

/** What storage may hold, written by an older version or by hand: each field on its own. */
export function parsePreferences(text: string | null): Partial<Preferences> {
  if (text === null) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null) return {};
  const fields = value as Record<string, unknown>;
  const found: Partial<Preferences> = {};
  if (typeof fields.ringing === 'boolean') found.ringing = fields.ringing;
  const language = LANGUAGES.find((l) => l === fields.language);
  if (language !== undefined) found.language = language;
  return found;
}

const pick = (s: RootState): Preferences => ({
  ringing: s.settings.ringing,
  language: s.settings.language,
});

export function* restorePreferences(deps: CoreDeps) {
  try {
    const stored = parsePreferences(yield* call(deps.storage.getItem, deps.storageKey(KEY)));
    if (Object.keys(stored).length > 0) yield* put(settingsChanged(stored));
  } catch (error) {
    deps.logger.warn('stored preferences could not be read', error);
  }
}

export function* preferencesSaga(deps: CoreDeps) {
  let written = yield* select(pick);
  for (;;) {
    yield* take(ofType(settingsChanged));
    const now = yield* select(pick);
    if (now.ringing === written.ringing && now.language === written.language) continue;
    written = now;
    try {
      yield* call(deps.storage.setItem, deps.storageKey(KEY), JSON.stringify(now));
    } catch (error) {
      deps.logger.warn('preferences could not be saved', error);
    }
  }
}
