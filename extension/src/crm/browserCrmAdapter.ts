// The extension's CrmAdapter: the browser is the CRM. Screen pop opens (or brings back) a tab
// from the admin's URL template; call logging POSTs the finished interaction's log as JSON to
// the admin's web hook (a rejection leaves it in the core's outbox, which notifies and
// retries); the toolbar badge counts alerting and unread chats.
import type { Language } from '@acd/shared';
import type {
  Attention,
  CrmAdapter,
  CustomerIdentity,
  InteractionLog,
  ScreenPopResult,
} from '@acd/shared';
import type { ExtensionApi } from '../browser/extensionApi';
import { extensionText } from '../extensionText';
import type { ExtensionSettings } from '../settings/extensionSettings';
import { fillUrlTemplate } from './urlTemplate';

export interface ConversationContext {
  queue?: string | undefined;
  attributes: Record<string, string>;
}

export interface BrowserCrmOptions {
  api: ExtensionApi;
  settings: () => ExtensionSettings;
  language: () => Language;
  /** The queue name and the customer's conversation attributes, for the template. */
  conversationContext: (conversationId: string) => Promise<ConversationContext>;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** Alerting red, unread blue; the count and the title say the same in words. */
export const BADGE_ALERTING_COLOR = '#BA0517';
export const BADGE_UNREAD_COLOR = '#0B5CAB';

export class WebhookError extends Error {
  override readonly name = 'WebhookError';
}

export function createBrowserCrmAdapter(options: BrowserCrmOptions): CrmAdapter {
  const { api } = options;
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  // Tabs this extension opened, by URL: the next pop of the same URL focuses the tab instead
  // of opening another (reading other tabs' URLs would need the "tabs" permission).
  const opened = new Map<string, number>();

  const focusOpened = async (url: string): Promise<boolean> => {
    const tabId = opened.get(url);
    if (tabId === undefined) return false;
    try {
      const tab = await api.tabs.update(tabId, { active: true });
      if (tab.windowId !== undefined) await api.windows.update(tab.windowId, { focused: true });
      return true;
    } catch {
      // The agent closed that tab.
      opened.delete(url);
      return false;
    }
  };

  const screenPop = async (customer: CustomerIdentity): Promise<ScreenPopResult> => {
    const template = options.settings().screenPopUrlTemplate;
    // No screen-pop page configured: there is no CRM to search, so no "no match" notice.
    if (template === '') return { kind: 'noCrm' };
    const context = await options.conversationContext(customer.conversationId);
    const url = fillUrlTemplate(template, {
      conversationId: customer.conversationId,
      name: customer.name,
      email: customer.email ?? context.attributes['context.email'],
      queue: context.queue,
      attributes: context.attributes,
    });
    if (!(await focusOpened(url))) {
      const tab = await api.tabs.create({ url, active: true });
      if (tab.id !== undefined) opened.set(url, tab.id);
    }
    return { kind: 'opened', record: { id: url, kind: 'url', label: customer.name, url } };
  };

  const logInteraction = async (log: InteractionLog): Promise<{ recordId: string }> => {
    const webhook = options.settings().callLogWebhookUrl;
    if (webhook === '') throw new WebhookError('No call-log web hook URL is set');
    let response: Response;
    try {
      response = await fetchImpl(webhook, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(log),
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
    } catch (error) {
      throw new WebhookError(
        `The call-log web hook did not answer: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (!response.ok) {
      throw new WebhookError(`The call-log web hook answered ${response.status}`);
    }
    // A hook may name the record it wrote ({"id": ...}); else the conversation names it.
    const body: unknown = await response.json().catch(() => null);
    const id =
      typeof body === 'object' && body !== null && typeof (body as { id?: unknown }).id === 'string'
        ? (body as { id: string }).id
        : log.conversationId;
    return { recordId: id };
  };

  const setAttention = ({ alerting, unread }: Attention) => {
    const total = alerting + unread;
    const language = options.language();
    const title =
      total === 0
        ? extensionText(language, 'badge.idle')
        : extensionText(language, 'badge.title', { alerting, unread });
    // Fire and forget: the badge is a hint, and the core must not wait on the toolbar.
    void Promise.all([
      api.action.setBadgeText({ text: total === 0 ? '' : String(total) }),
      api.action.setBadgeBackgroundColor({
        color: alerting > 0 ? BADGE_ALERTING_COLOR : BADGE_UNREAD_COLOR,
      }),
      api.action.setTitle({ title }),
    ]).catch(() => undefined);
  };

  return {
    screenPop,
    logInteraction,
    setAttention,
    currentContext: () => Promise.resolve({ locale: options.language() }),
  };
}
