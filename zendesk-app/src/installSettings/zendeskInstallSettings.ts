// The app installation's settings through the Support API, as the core's InstallSettingsStore.
// Documented (Support API, "Apps": Show App Installation, Update App Installation):
//  - GET /api/v2/apps/installations/{id}.json, allowed for agents, answers the installation
//    object with its `settings` (keyed by the manifest's parameter names);
//  - PUT the same path with `{ "settings": { ... } }`, allowed for admins only (an agent
//    gets 403), answers the updated installation.
// The installation id comes from ZAF `client.metadata().installationId`. The SDK keeps the
// metadata it got when the app registered, so a loaded app re-reads the installation
// (watchInstallSettings) to hear another admin's change.
import type { InstallSettings, InstallSettingsStore } from '@acd/shared';
import { isRecord } from '@acd/shared';
import { installSettingsFrom } from '../settings';
import { describeRequestFailure, type ZafClient, type ZafRequestFailure } from '../zaf/zafClient';

export function installationPath(installationId: number): string {
  return `/api/v2/apps/installations/${installationId}.json`;
}

/** The Support API's own words for a failed request (`{ error, description }`), else the status. */
export function supportApiMessage(failure: unknown): string {
  let body: unknown;
  try {
    body = JSON.parse((failure as ZafRequestFailure | null)?.responseText ?? '') as unknown;
  } catch {
    body = undefined;
  }
  if (isRecord(body) && typeof body.error === 'string') {
    return typeof body.description === 'string' ? `${body.error}: ${body.description}` : body.error;
  }
  return describeRequestFailure(failure);
}

function settingsOf(answer: unknown): InstallSettings {
  const installation =
    isRecord(answer) && isRecord(answer.installation) ? answer.installation : answer;
  if (!isRecord(installation) || !isRecord(installation.settings)) {
    throw new Error('Zendesk answered without the installation’s settings');
  }
  return installSettingsFrom(installation.settings);
}

export interface ZendeskInstallSettingsOptions {
  client: ZafClient;
  installationId: number;
  /** The Zendesk user's role (ZAF `currentUser.role`): only "admin" may update. */
  role: string | undefined;
}

export function createZendeskInstallSettings(
  options: ZendeskInstallSettingsOptions,
): InstallSettingsStore {
  const { client, installationId } = options;
  const url = installationPath(installationId);
  const call = async (request: Parameters<ZafClient['request']>[0]) => {
    try {
      return settingsOf(await client.request(request));
    } catch (failure) {
      if (failure instanceof Error) throw failure;
      throw new Error(supportApiMessage(failure));
    }
  };
  return {
    canEdit: options.role === 'admin',
    load: () => call({ url, type: 'GET', dataType: 'json' }),
    save: (settings) =>
      call({
        url,
        type: 'PUT',
        contentType: 'application/json',
        dataType: 'json',
        data: JSON.stringify({
          settings: {
            callLogging: settings.callLogging,
            autoAnswer: settings.autoAnswer,
            ringingDefault: settings.ringingDefault,
          },
        }),
      }),
  };
}

/**
 * Re-reads the installation every `intervalMs` and reports a change of the settings the
 * running core follows (call logging, auto-answer); a failed read is tried next time.
 * Returns a stop function.
 */
export function watchInstallSettings(
  store: InstallSettingsStore,
  initial: InstallSettings,
  onChange: (settings: InstallSettings) => void,
  intervalMs: number,
): () => void {
  let last = initial;
  const timer = setInterval(() => {
    store.load().then(
      (current) => {
        if (current.callLogging === last.callLogging && current.autoAnswer === last.autoAnswer) {
          last = current;
          return;
        }
        last = current;
        onChange(current);
      },
      () => undefined,
    );
  }, intervalMs);
  return () => clearInterval(timer);
}
