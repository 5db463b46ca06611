// Watches the core's chats and tells the file what happened, in the framework's terms:
// Interaction events (add, change with { old, new }, connect, disconnect, acw, deallocate),
// screenPop when a chat alerts, and processCallLog when a chat disconnects or leaves without a
// wrap-up. Each chat's events go out in order, after its attributes were read once.
import type { CoreState as RootState } from '../coreTypes';
import type { CoreChat as TrackedInteraction } from '../coreTypes';
import { owesWrapup } from '../coreTypes';
import type { FrameworkConfig } from '../framework/frameworkConfig';
import type { CondensedInteraction, FrameworkFile } from '../framework/frameworkTypes';
import { callSafely } from '../framework/guardedCall';
import type { Subscriptions } from '../purecloud/subscriptions';
import type { CallLogs } from './callLogs';
import { condenseInteraction, searchStringOf } from './condensedInteraction';
import type { InteractionMemory } from './interactionMemory';

export type InteractionStep =
  | { kind: 'add'; interaction: TrackedInteraction }
  | { kind: 'change'; old: TrackedInteraction; interaction: TrackedInteraction }
  | { kind: 'gone'; id: string };

type Entities = RootState['interactions']['entities'];

/** What changed between two versions of the core's chat list (pure, for tests). */
export function diffInteractions(previous: Entities, next: Entities): InteractionStep[] {
  const steps: InteractionStep[] = [];
  for (const [id, interaction] of Object.entries(next)) {
    const old = previous[id];
    if (old === undefined) steps.push({ kind: 'add', interaction });
    else if (old !== interaction) steps.push({ kind: 'change', old, interaction });
  }
  for (const id of Object.keys(previous))
    if (next[id] === undefined) steps.push({ kind: 'gone', id });
  return steps;
}

/** The framework's categories one change raises, after `change` itself. */
export function categoriesOf(old: TrackedInteraction, next: TrackedInteraction): string[] {
  const out: string[] = [];
  if (old.state === 'alerting' && next.state === 'connected') out.push('connect');
  const wasEnded = old.state === 'disconnected' || old.state === 'terminated';
  const isEnded = next.state === 'disconnected' || next.state === 'terminated';
  if (!wasEnded && isEnded) out.push('disconnect');
  if (!owesWrapup(old) && owesWrapup(next)) out.push('acw');
  return out;
}

export interface InteractionEventDeps {
  store: { getState(): RootState; subscribe(listener: () => void): () => void };
  framework: FrameworkFile;
  config: FrameworkConfig;
  subscriptions: Subscriptions;
  memory: InteractionMemory;
  callLogs: CallLogs;
  readAttributes: (conversationId: string) => Promise<Record<string, string>>;
  /** A callback of the file failed, or a call log was refused. */
  report: (what: 'callback' | 'callLog', detail: string) => void;
}

export function watchInteractions(deps: InteractionEventDeps): () => void {
  const queues = new Map<string, Promise<void>>();
  const ownsWrapup = new Set<string>();
  // Chats with a call log under way: their removal is logged too (after it, with its id).
  const logged = new Set<string>();
  let previous: Entities = deps.store.getState().interactions.entities;

  const inOrder = (id: string, step: () => Promise<void> | void) => {
    const run = (queues.get(id) ?? Promise.resolve()).then(step).catch((error: unknown) => {
      deps.report('callback', error instanceof Error ? error.message : String(error));
    });
    queues.set(id, run);
  };

  const condense = (interaction: TrackedInteraction): CondensedInteraction => {
    const entry = deps.memory.get(interaction.id);
    const condensed = condenseInteraction(interaction, entry.attributes);
    entry.condensed = condensed;
    return condensed;
  };

  const logCall = (id: string, eventName: 'interactionDisconnected' | 'interactionRemoved') => {
    const entry = deps.memory.get(id);
    if (!deps.config.settings.enableCallLogs || entry.condensed === undefined) return;
    if (deps.framework.processCallLog === undefined) return;
    logged.add(id);
    deps.callLogs.process(id, eventName, entry.condensed).catch((error: unknown) => {
      deps.report('callLog', error instanceof Error ? error.message : String(error));
    });
  };

  const onAdd = (interaction: TrackedInteraction) => {
    inOrder(interaction.id, async () => {
      const entry = deps.memory.get(interaction.id);
      if (deps.config.customInteractionAttributes.length > 0) {
        entry.attributes = await deps.readAttributes(interaction.id).catch(() => ({}));
      }
      // The chat as it was added, even if it moved on while its attributes were read: the
      // changes since follow as their own events.
      const condensed = condense(interaction);
      deps.subscriptions.emit('Interaction', 'add', condensed);
      if (interaction.state === 'alerting' && deps.framework.screenPop !== undefined) {
        const screenPop = deps.framework.screenPop;
        const failed = callSafely('screenPop', () => {
          screenPop(searchStringOf(interaction), condensed, () => undefined);
        });
        if (failed !== null) deps.report('callback', failed.message);
      }
      if (owesWrapup(interaction)) ownsWrapup.add(interaction.id);
    });
  };

  const onChange = (old: TrackedInteraction, next: TrackedInteraction) => {
    inOrder(next.id, () => {
      const oldCondensed = deps.memory.get(next.id).condensed ?? condenseInteraction(old);
      const condensed = condense(next);
      deps.subscriptions.emit('Interaction', 'change', { old: oldCondensed, new: condensed });
      for (const category of categoriesOf(old, next)) {
        deps.subscriptions.emit('Interaction', category, condensed);
        if (category === 'disconnect' && old.state === 'connected')
          logCall(next.id, 'interactionDisconnected');
        if (category === 'acw') ownsWrapup.add(next.id);
      }
    });
  };

  const onGone = (id: string) => {
    inOrder(id, () => {
      const entry = deps.memory.peek(id);
      if (entry?.condensed === undefined) return;
      const done = { ...entry.condensed, isDone: true, isDisconnected: true, isConnected: false };
      entry.condensed = done;
      deps.subscriptions.emit('Interaction', 'deallocate', done);
      // A chat that owed a wrap-up gets its last call log from Done (interactionACWCompleted);
      // one that left without (a transfer, no wrap-up required) gets interactionRemoved.
      const hasLog = logged.has(id) || entry.recordId !== undefined;
      if (!ownsWrapup.has(id) && hasLog) logCall(id, 'interactionRemoved');
      ownsWrapup.delete(id);
      logged.delete(id);
    });
  };

  const check = () => {
    const next = deps.store.getState().interactions.entities;
    if (next === previous) return;
    const steps = diffInteractions(previous, next);
    previous = next;
    for (const step of steps) {
      if (step.kind === 'add') onAdd(step.interaction);
      else if (step.kind === 'change') onChange(step.old, step.interaction);
      else onGone(step.id);
    }
  };
  const unsubscribe = deps.store.subscribe(check);
  check();
  return unsubscribe;
}
