// window.PureCloud: what framework.js calls to drive the client, with the real framework's
// names. Every call checks its input; what a chat client cannot do (voice) answers with a
// notice, never an exception, so a file written for the real platform runs unchanged.
import type { AgentCore } from '@acd/shared';
import type { CoreChat as TrackedInteraction } from '../coreTypes';
import type { CallLogs } from '../crm/callLogs';
import type { InteractionMemory } from '../crm/interactionMemory';
import type { FrameworkConfig } from '../framework/frameworkConfig';
import type { HostNotice, HostNoticeKind } from '../page/hostNotices';
import type { ConversationAttributes } from '../platform/conversationAttributes';
import { pickAttributes } from '../platform/conversationAttributes';
import { presenceFromStatusId } from './presence';
import type { Subscriptions } from './subscriptions';

export type ViewName = 'interactionList' | 'callLog' | 'settings';

export interface PureCloudDeps {
  core: Pick<AgentCore, 'store' | 'api'>;
  config: FrameworkConfig;
  subscriptions: Subscriptions;
  memory: InteractionMemory;
  callLogs: CallLogs;
  attributes: ConversationAttributes;
  notify: (notice: HostNotice, timeoutMs?: number) => void;
  showView: (view: ViewName) => void;
  warn: (line: string) => void;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const NOTICE_KINDS: Record<string, HostNoticeKind> = {
  error: 'error',
  success: 'success',
  info: 'info',
  warning: 'warning',
  warn: 'warning',
};

export function createPureCloud(deps: PureCloudDeps) {
  const { api, store } = deps.core;
  let transferContext: Record<string, string> | null = null;

  const interaction = (id: unknown): TrackedInteraction | undefined =>
    typeof id === 'string' ? store.getState().interactions.entities[id] : undefined;

  /** The chat a call without an id means: the one in view, else the newest. */
  const currentInteraction = (): TrackedInteraction | undefined => {
    const state = store.getState().interactions;
    const selected = state.selectedId === null ? undefined : state.entities[state.selectedId];
    if (selected !== undefined) return selected;
    const ids = state.ids;
    const newest = ids[ids.length - 1];
    return newest === undefined ? undefined : state.entities[newest];
  };

  const chatOnly = (action: string) => {
    deps.notify({ kind: 'info', key: 'notice.chatOnly', params: { action } });
  };
  const noInteraction = (action: string) => {
    deps.notify({ kind: 'warning', key: 'notice.noInteraction', params: { action } });
  };

  const stringAttributes = (value: unknown): Record<string, string> | null => {
    if (!isRecord(value)) return null;
    const out: Record<string, string> = {};
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string') out[key] = v;
      else if (typeof v === 'number' || typeof v === 'boolean') out[key] = String(v);
      else deps.warn(`attribute ${key} is not a string and was left out`);
    }
    return out;
  };

  const writeAttributes = async (
    target: TrackedInteraction,
    attributes: Record<string, string>,
  ) => {
    try {
      await deps.attributes.write(target.id, target.participantId, attributes);
      const entry = deps.memory.get(target.id);
      Object.assign(
        entry.attributes,
        pickAttributes(attributes, deps.config.customInteractionAttributes),
      );
    } catch (error) {
      deps.notify({
        kind: 'error',
        key: 'notice.attributesFailed',
        params: { detail: error instanceof Error ? error.message : String(error) },
      });
    }
  };

  // A transfer the agent starts in the client also carries the pending transfer context.
  let previousPending = store.getState().interactions.pending;
  store.subscribe(() => {
    const pending = store.getState().interactions.pending;
    if (pending === previousPending) return;
    previousPending = pending;
    if (transferContext === null) return;
    for (const [id, command] of Object.entries(pending)) {
      const target = command === 'transfer' ? interaction(id) : undefined;
      if (target === undefined || transferContext === null) continue;
      const attributes = transferContext;
      transferContext = null;
      void writeAttributes(target, attributes);
    }
  });

  const blindTransfer = async (target: TrackedInteraction, context: unknown) => {
    const c = isRecord(context) ? context : {};
    const name = typeof c.transferTarget === 'string' ? c.transferTarget.trim() : '';
    const kind = typeof c.transferTargetType === 'string' ? c.transferTargetType.toLowerCase() : '';
    if (name === '') {
      deps.notify({ kind: 'warning', key: 'notice.transferUnavailable' });
      return;
    }
    const find = async () => {
      if (kind !== 'user') {
        const queues = await api.searchQueues(name);
        const queue = queues.find(
          (q) => q.id === name || q.name.toLowerCase() === name.toLowerCase(),
        );
        if (queue !== undefined) return { target: { queueId: queue.id }, label: queue.name };
      }
      if (kind !== 'queue') {
        const users = await api.searchUsers(name);
        const user = users.find(
          (u) => u.id === name || u.name.toLowerCase() === name.toLowerCase(),
        );
        if (user !== undefined) return { target: { userId: user.id }, label: user.name };
      }
      return undefined;
    };
    const found = await find().catch(() => undefined);
    if (found === undefined) {
      deps.notify({ kind: 'warning', key: 'notice.transferUnavailable' });
      return;
    }
    if (transferContext !== null) {
      const attributes = transferContext;
      transferContext = null;
      await writeAttributes(target, attributes);
    }
    api.transfer(target.id, found.target, found.label);
  };

  const setAssociation = (value: unknown) => {
    if (!isRecord(value) || typeof value.id !== 'string' || value.id === '') {
      deps.warn('addAssociation needs { type, id, text }');
      return;
    }
    const target =
      typeof value.interactionId === 'string'
        ? interaction(value.interactionId)
        : currentInteraction();
    if (target === undefined) {
      noInteraction('addAssociation');
      return;
    }
    const type = typeof value.type === 'string' && value.type !== '' ? value.type : 'contact';
    const association = {
      type,
      id: value.id,
      text: typeof value.text === 'string' && value.text !== '' ? value.text : value.id,
    };
    const entry = deps.memory.get(target.id);
    if (type === 'relation') entry.relation = association;
    else entry.contact = association;
    if (type !== 'relation' && store.getState().crm.entities[target.id] !== undefined) {
      api.chooseCrmRecord(target.id, { id: association.id, kind: type, label: association.text });
    }
    // The call log changed: the CRM hears it once the chat is under way.
    if (
      deps.config.settings.enableCallLogs &&
      target.state !== 'alerting' &&
      entry.condensed !== undefined
    ) {
      const eventName =
        target.state === 'connected' ? 'interactionChanged' : 'interactionChangedAfterDisconnect';
      deps.callLogs.process(target.id, eventName, entry.condensed).catch((error: unknown) => {
        deps.notify({
          kind: 'error',
          key: 'notice.callLogFailed',
          params: { detail: error instanceof Error ? error.message : String(error) },
        });
      });
    }
  };

  return {
    subscribe(list: unknown) {
      for (const refused of deps.subscriptions.subscribe(list))
        deps.warn(`PureCloud.subscribe refused ${refused}`);
    },
    User: {
      updateStatus(value: unknown) {
        const id = isRecord(value) ? value.id : undefined;
        const presence = presenceFromStatusId(id);
        if (presence === undefined) {
          deps.notify({
            kind: 'warning',
            key: 'notice.unknownAction',
            params: { action: `updateStatus ${String(id)}` },
          });
          return;
        }
        api.setPresence(presence);
      },
      setView(value: unknown) {
        const view = isRecord(value) && isRecord(value.view) ? value.view.name : undefined;
        if (view === 'interactionList' || view === 'callLog' || view === 'settings')
          deps.showView(view);
        else
          deps.notify({
            kind: 'warning',
            key: 'notice.unknownAction',
            params: { action: `setView ${String(view)}` },
          });
      },
      Notification: {
        notifyUser(value: unknown) {
          if (
            !isRecord(value) ||
            typeof value.message !== 'string' ||
            value.message.trim() === ''
          ) {
            deps.warn('notifyUser needs { message }');
            return;
          }
          const kind =
            NOTICE_KINDS[typeof value.type === 'string' ? value.type.toLowerCase() : 'info'] ??
            'info';
          // The framework's timeout is in seconds; none (or 0) keeps the notice until dismissed.
          const seconds =
            typeof value.timeout === 'number' && value.timeout > 0 ? value.timeout : 0;
          deps.notify({ kind, text: value.message }, seconds * 1000);
        },
        setAudioConfiguration(value: unknown) {
          if (!isRecord(value)) return;
          // `chat` rings for alerting chats; `message` (a sound per message) has no equivalent here.
          if (typeof value.chat === 'boolean') api.changeSettings({ ringing: value.chat });
        },
      },
    },
    Interaction: {
      updateState(value: unknown) {
        const action = isRecord(value) && typeof value.action === 'string' ? value.action : '';
        const id = isRecord(value) ? value.id : undefined;
        if (action === 'mute' || action === 'securePause') {
          chatOnly(action);
          return;
        }
        const target = interaction(id);
        const known = ['pickup', 'disconnect', 'hold', 'unhold', 'blindTransfer'];
        if (!known.includes(action)) {
          deps.notify({ kind: 'warning', key: 'notice.unknownAction', params: { action } });
          return;
        }
        if (target === undefined) {
          noInteraction(action);
          return;
        }
        if (action === 'pickup') api.pickUp(target.id);
        else if (action === 'disconnect') api.disconnect(target.id);
        else if (action === 'hold') {
          // The framework's hold toggles.
          if (target.held) api.unhold(target.id);
          else api.hold(target.id);
        } else if (action === 'unhold') api.unhold(target.id);
        else void blindTransfer(target, isRecord(value) ? value.participantContext : undefined);
      },
    },
    addAssociation: setAssociation,
    addCustomAttributes(value: unknown) {
      const id = isRecord(value) ? value.interactionId : undefined;
      const target = interaction(id);
      const attributes = isRecord(value) ? stringAttributes(value.attributes) : null;
      if (attributes === null) {
        deps.warn('addCustomAttributes needs { interactionId, attributes }');
        return;
      }
      if (target === undefined) {
        noInteraction('addCustomAttributes');
        return;
      }
      void writeAttributes(target, attributes);
    },
    addTransferContext(value: unknown) {
      const attributes = isRecord(value) ? stringAttributes(value.attributes) : null;
      if (attributes === null) {
        deps.warn('addTransferContext needs { name, attributes }');
        return;
      }
      transferContext = attributes;
    },
    clickToDial() {
      chatOnly('clickToDial');
    },
  };
}

export type PureCloudApi = ReturnType<typeof createPureCloud>;
