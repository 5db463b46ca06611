// processCallLog, one call at a time per interaction: each call carries the record id the
// previous onSuccess handed back (`callLog.id`), so the CRM updates its record instead of
// writing a second one. A call that fails, throws or never answers rejects; an answer that
// comes after the timeout still records the id.
import type { InteractionLog } from '@acd/shared';
import type { FrameworkSettings } from '../framework/frameworkConfig';
import type {
  CallLog,
  CallLogEventName,
  CondensedInteraction,
  FrameworkFile,
} from '../framework/frameworkTypes';
import { callWithCallbacks, FrameworkCallError } from '../framework/guardedCall';
import type { InteractionMemory } from './interactionMemory';

export interface CallLogDeps {
  framework: FrameworkFile;
  settings: FrameworkSettings;
  memory: InteractionMemory;
  timeoutMs: number;
  /** Hears every record id the CRM hands back (the client lists the records to open). */
  onRecorded?: (conversationId: string) => void;
}

function idOf(result: unknown): string | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  const id = (result as { id?: unknown }).id;
  if (typeof id === 'string' && id !== '') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return undefined;
}

export function createCallLogs(deps: CallLogDeps) {
  const chains = new Map<string, Promise<unknown>>();

  /** The call log as the file sees it, with the fields the settings hide left out. */
  const callLogFor = (conversationId: string, extra: Partial<CallLog>): CallLog => {
    const entry = deps.memory.get(conversationId);
    const { settings } = deps;
    const customer = entry.condensed?.name ?? '';
    return {
      ...(entry.recordId === undefined ? {} : { id: entry.recordId }),
      ...(settings.hideCallLogSubject ? {} : { subject: `Chat: ${customer}`.trim() }),
      notes: '',
      ...(settings.hideCallLogContact || entry.contact === undefined
        ? {}
        : { selectedContact: entry.contact }),
      ...(settings.hideCallLogRelation || entry.relation === undefined
        ? {}
        : { selectedRelation: entry.relation }),
      ...extra,
    };
  };

  const send = async (
    conversationId: string,
    eventName: CallLogEventName,
    interaction: CondensedInteraction,
    extra: Partial<CallLog>,
  ): Promise<string | undefined> => {
    const processCallLog = deps.framework.processCallLog;
    if (processCallLog === undefined) {
      throw new FrameworkCallError('framework.js has no processCallLog', 'missing');
    }
    const entry = deps.memory.get(conversationId);
    const callLog = callLogFor(conversationId, extra);
    const remember = (result: unknown) => {
      const id = idOf(result);
      if (id === undefined || id === entry.recordId) return;
      entry.recordId = id;
      deps.onRecorded?.(conversationId);
    };
    const result = await callWithCallbacks<unknown>(
      `processCallLog (${eventName})`,
      (onSuccess, onFailure) => {
        processCallLog(callLog, interaction, eventName, onSuccess, onFailure);
      },
      { timeoutMs: deps.timeoutMs, onLate: remember },
    );
    remember(result);
    return entry.recordId;
  };

  /** Queues one processCallLog behind the previous one of the same interaction. */
  const process = (
    conversationId: string,
    eventName: CallLogEventName,
    interaction: CondensedInteraction,
    extra: Partial<CallLog> = {},
  ): Promise<string | undefined> => {
    const previous = chains.get(conversationId) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(() => send(conversationId, eventName, interaction, extra));
    chains.set(conversationId, next);
    const cleanUp = () => {
      if (chains.get(conversationId) === next) chains.delete(conversationId);
    };
    next.then(cleanUp, cleanUp);
    return next;
  };

  /** The core's wrap-up log (Done): the last word on the interaction. */
  const logAcwCompleted = async (log: InteractionLog, interaction: CondensedInteraction) => {
    const entry = deps.memory.get(log.conversationId);
    if (
      entry.recordId === undefined &&
      log.existingRecordId !== undefined &&
      log.existingRecordId !== ''
    ) {
      entry.recordId = log.existingRecordId;
    }
    const recordId = await process(log.conversationId, 'interactionACWCompleted', interaction, {
      notes: log.notes,
      wrapupCode: log.wrapupCode.name,
      transcript: log.transcript.map((line) => ({
        from: line.from,
        name: line.name,
        text: line.text,
        at: line.at,
      })),
    });
    entry.acwLogged = true;
    return recordId;
  };

  return { process, logAcwCompleted, callLogFor };
}

export type CallLogs = ReturnType<typeof createCallLogs>;
