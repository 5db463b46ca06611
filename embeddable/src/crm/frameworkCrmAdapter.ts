// The core's CRM calls, answered by the integrator's framework.js:
// - screenPop (when the agent picks a chat up): the record the CRM associated through
//   PureCloud.addAssociation, else the file's contactSearch (0 / 1 / several matches);
//   the framework's own screenPop callback already ran when the chat alerted.
// - logInteraction (Done with call logging on): processCallLog with interactionACWCompleted,
//   carrying the record id an earlier onSuccess handed back.
import type { CrmAdapter, CrmRecord, ScreenPopResult } from '@acd/shared';
import type { FrameworkConfig } from '../framework/frameworkConfig';
import type {
  CondensedInteraction,
  FrameworkContact,
  FrameworkFile,
} from '../framework/frameworkTypes';
import { callWithCallbacks, FrameworkCallError } from '../framework/guardedCall';
import type { CallLogs } from './callLogs';
import { condensedFromLog } from './condensedInteraction';
import type { InteractionMemory } from './interactionMemory';

export interface FrameworkCrmDeps {
  framework: FrameworkFile;
  config: FrameworkConfig;
  memory: InteractionMemory;
  callLogs: CallLogs;
  timeoutMs: number;
  /** The chat as the file sees it now (the core may already have forgotten it). */
  condensed: (conversationId: string) => CondensedInteraction | undefined;
  locale: () => string;
  /** The agent hears at once that the CRM refused the log (the core retries it). */
  reportLogFailure: (detail: string) => void;
}

function recordOf(contact: unknown, index: number): CrmRecord | null {
  if (typeof contact !== 'object' || contact === null) return null;
  const c = contact as FrameworkContact;
  const label = typeof c.name === 'string' && c.name !== '' ? c.name : (c.email ?? '');
  if (label === '') return null;
  const id = typeof c.id === 'string' && c.id !== '' ? c.id : `${label}#${index}`;
  return {
    id,
    kind: typeof c.type === 'string' && c.type !== '' ? c.type : 'contact',
    label,
    ...(typeof c.url === 'string' ? { url: c.url } : {}),
  };
}

export function contactsToScreenPop(results: unknown): ScreenPopResult {
  const list = Array.isArray(results) ? results : [];
  const records = list.map(recordOf).filter((r): r is CrmRecord => r !== null);
  const [first] = records;
  if (first === undefined) return { kind: 'none' };
  if (records.length === 1) return { kind: 'opened', record: first };
  return { kind: 'choose', records };
}

export function createFrameworkCrmAdapter(deps: FrameworkCrmDeps): CrmAdapter {
  return {
    async screenPop(customer) {
      const entry = deps.memory.get(customer.conversationId);
      if (entry.contact !== undefined) {
        return {
          kind: 'opened',
          record: { id: entry.contact.id, kind: entry.contact.type, label: entry.contact.text },
        };
      }
      const search = deps.framework.contactSearch;
      if (search === undefined) return { kind: 'none' };
      const results = await callWithCallbacks<unknown>(
        'contactSearch',
        (onSuccess, onFailure) => {
          search(customer.email ?? customer.name, onSuccess, onFailure);
        },
        { timeoutMs: deps.timeoutMs },
      );
      return contactsToScreenPop(results);
    },

    async logInteraction(log) {
      if (!deps.config.settings.enableCallLogs) {
        throw new FrameworkCallError('call logging is off (settings.enableCallLogs)', 'missing');
      }
      // Remembered in this frame, else (a log restored after a reload) rebuilt from the log.
      const interaction = deps.condensed(log.conversationId) ?? condensedFromLog(log);
      let recordId: string | undefined;
      try {
        recordId = await deps.callLogs.logAcwCompleted(log, interaction);
      } catch (error) {
        deps.reportLogFailure(error instanceof Error ? error.message : String(error));
        throw error;
      }
      // The core keeps this id for a later update; the file may legitimately hand back none.
      return { recordId: recordId ?? log.existingRecordId ?? '' };
    },

    // The CRM hears of alerting chats through the Interaction events instead.
    setAttention: () => undefined,

    currentContext: () => Promise.resolve({ locale: deps.locale() }),
  };
}
