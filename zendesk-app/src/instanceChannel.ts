// Which BroadcastChannel joins a background instance and its views. Named after the
// background instance, so two Zendesk tabs (two backgrounds) never mix their views.
import type { ZafClient } from './zaf/zafClient';

export function channelName(backgroundInstanceGuid: string): string {
  return `acd-zendesk:${backgroundInstanceGuid}`;
}

interface InstanceInfo {
  location?: unknown;
  instanceGuid?: unknown;
}

/** The guid of this Zendesk tab's background instance, once Zendesk has created it. */
export async function findBackgroundInstance(
  client: ZafClient,
  { attempts = 40, intervalMs = 250 } = {},
): Promise<string> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const answer = await client.get('instances').catch((): Record<string, unknown> => ({}));
    const instances = answer.instances;
    if (typeof instances === 'object' && instances !== null) {
      for (const [guid, info] of Object.entries(instances as Record<string, InstanceInfo>)) {
        if (info.location === 'background') {
          return typeof info.instanceGuid === 'string' ? info.instanceGuid : guid;
        }
      }
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error('The ACD Chat background instance is not running in this Zendesk tab');
}
