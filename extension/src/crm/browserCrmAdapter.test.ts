import type { InteractionLog } from '@acd/shared';
import type { ExtensionApi, TabLike } from '../browser/extensionApi';
import { DEFAULT_SETTINGS, type ExtensionSettings } from '../settings/extensionSettings';
import { createAlertNotifier } from './alertNotifications';
import {
  BADGE_ALERTING_COLOR,
  BADGE_UNREAD_COLOR,
  createBrowserCrmAdapter,
} from './browserCrmAdapter';

/** The browser's tabs, badge and notifications, recording what the adapter asked for. */
function fakeBrowser() {
  const calls: string[] = [];
  let nextTab = 1;
  const openTabs = new Map<number, TabLike>();
  const notifications = new Map<string, { title: string; message: string }>();
  const api = {
    action: {
      setBadgeText: ({ text }: { text: string }) => (
        calls.push(`badge ${text}`),
        Promise.resolve()
      ),
      setBadgeBackgroundColor: ({ color }: { color: string }) => (
        calls.push(`color ${color}`),
        Promise.resolve()
      ),
      setTitle: ({ title }: { title: string }) => (calls.push(`title ${title}`), Promise.resolve()),
    },
    tabs: {
      create: ({ url }: { url: string }) => {
        const tab = { id: nextTab++, windowId: 7 };
        openTabs.set(tab.id, tab);
        calls.push(`open ${url}`);
        return Promise.resolve(tab);
      },
      get: (id: number) => Promise.resolve(openTabs.get(id) ?? {}),
      update: (id: number) => {
        const tab = openTabs.get(id);
        if (tab === undefined) return Promise.reject(new Error(`No tab with id: ${id}.`));
        calls.push(`focus tab ${id}`);
        return Promise.resolve(tab);
      },
    },
    windows: { update: (id: number) => (calls.push(`focus window ${id}`), Promise.resolve({})) },
    notifications: {
      create: (id: string, options: { title: string; message: string }) => {
        notifications.set(id, options);
        return Promise.resolve(id);
      },
      clear: (id: string) => Promise.resolve(notifications.delete(id)),
      onClicked: { addListener: () => undefined },
    },
    runtime: {
      getURL: (p: string) => `chrome-extension://abc/${p}`,
      openOptionsPage: () => Promise.resolve(),
    },
  } as unknown as ExtensionApi;
  return { api, calls, openTabs, notifications };
}

const log: InteractionLog = {
  conversationId: 'c-1',
  customer: { name: 'Pat Lee', email: 'pat@example.com' },
  queue: { id: 'q', name: 'Support' },
  agentName: 'Alex Morgan',
  startTime: '2026-11-28T01:00:00.000Z',
  endTime: '2026-11-28T01:05:00.000Z',
  durationSeconds: 300,
  wrapupCode: { id: 'w', name: 'Resolved' },
  notes: 'Refund sent',
  transcript: [{ at: '2026-11-28T01:00:01.000Z', from: 'customer', name: 'Pat Lee', text: 'Hi' }],
  text: {
    summary: 'Customer: Pat Lee',
    transcriptHeading: 'Transcript:',
    transcript: '[01:00] Pat Lee: Hi',
    full: 'Customer: Pat Lee\nTranscript:\n[01:00] Pat Lee: Hi',
  },
};

function adapterWith(settings: Partial<ExtensionSettings>, fetchImpl?: typeof fetch) {
  const browser = fakeBrowser();
  const adapter = createBrowserCrmAdapter({
    api: browser.api,
    settings: () => ({ ...DEFAULT_SETTINGS, ...settings }),
    language: () => 'en',
    conversationContext: () =>
      Promise.resolve({ queue: 'Support', attributes: { 'context.account': 'A-42' } }),
    ...(fetchImpl === undefined ? {} : { fetch: fetchImpl }),
  });
  return { adapter, ...browser };
}

describe('the browser as the CRM', () => {
  it('screen pop opens the templated URL once, then brings that tab back', async () => {
    const { adapter, calls, openTabs } = adapterWith({
      screenPopUrlTemplate:
        'https://crm.example.com/s?q={email}&acct={attr:context.account}&queue={queue}',
    });
    const customer = { conversationId: 'c-1', name: 'Pat Lee', email: 'pat+1@example.com' };
    const first = await adapter.screenPop(customer);
    const url = 'https://crm.example.com/s?q=pat%2B1%40example.com&acct=A-42&queue=Support';
    expect(first).toEqual({
      kind: 'opened',
      record: { id: url, kind: 'url', label: 'Pat Lee', url },
    });
    await adapter.screenPop(customer);
    expect(calls).toEqual([`open ${url}`, 'focus tab 1', 'focus window 7']);
    // The agent closed the tab: the next pop opens a new one.
    openTabs.clear();
    await adapter.screenPop(customer);
    expect(calls.at(-1)).toBe(`open ${url}`);
  });

  it('screen pop does nothing without a template', async () => {
    const { adapter, calls } = adapterWith({});
    expect(await adapter.screenPop({ conversationId: 'c', name: 'N' })).toEqual({ kind: 'noCrm' });
    expect(calls).toEqual([]);
  });

  it('call logging POSTs the log as JSON to the web hook and keeps the id it answers', async () => {
    const requests: { url: string; init: RequestInit | undefined }[] = [];
    const fetchImpl: typeof fetch = (input, init) => {
      requests.push({ url: input instanceof Request ? input.url : input.toString(), init });
      return Promise.resolve(new Response(JSON.stringify({ id: 'log-9' }), { status: 201 }));
    };
    const { adapter } = adapterWith(
      { callLogWebhookUrl: 'https://hooks.example.com/log' },
      fetchImpl,
    );
    await expect(adapter.logInteraction(log)).resolves.toEqual({ recordId: 'log-9' });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe('https://hooks.example.com/log');
    expect(requests[0]?.init?.method).toBe('POST');
    expect(typeof requests[0]?.init?.body).toBe('string');
    expect(JSON.parse(requests[0]?.init?.body as string)).toEqual(log);
  });

  it('rejects a failed web hook call so the outbox keeps the log and retries', async () => {
    const down: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const refused: typeof fetch = () => Promise.resolve(new Response('nope', { status: 503 }));
    const url = { callLogWebhookUrl: 'https://hooks.example.com/log' };
    await expect(adapterWith(url, down).adapter.logInteraction(log)).rejects.toThrow(
      /did not answer: Failed to fetch/,
    );
    await expect(adapterWith(url, refused).adapter.logInteraction(log)).rejects.toThrow(
      /answered 503/,
    );
    await expect(adapterWith({}).adapter.logInteraction(log)).rejects.toThrow(
      /No call-log web hook/,
    );
  });

  it('the badge counts alerting and unread chats, and the title says it in words', async () => {
    const { adapter, calls } = adapterWith({});
    adapter.setAttention({ alerting: 1, unread: 2, ring: true });
    adapter.setAttention({ alerting: 0, unread: 2, ring: false });
    adapter.setAttention({ alerting: 0, unread: 0, ring: false });
    await Promise.resolve();
    expect(calls).toEqual([
      'badge 3',
      `color ${BADGE_ALERTING_COLOR}`,
      'title ACD Chat: 1 alerting, 2 unread',
      'badge 2',
      `color ${BADGE_UNREAD_COLOR}`,
      'title ACD Chat: 0 alerting, 2 unread',
      'badge ',
      `color ${BADGE_UNREAD_COLOR}`,
      'title ACD Chat',
    ]);
  });

  it('shows one notification per alerting chat and clears it when the chat stops alerting', async () => {
    const { api, notifications } = fakeBrowser();
    const notifier = createAlertNotifier(api, 'icons/icon-128.png');
    const pat = { conversationId: 'c-1', customerName: 'Pat Lee', queueName: 'Support' };
    const kim = { conversationId: 'c-2', customerName: 'Kim', queueName: 'Sales' };
    notifier.sync([pat], 'en');
    notifier.sync([pat, kim], 'en');
    notifier.sync([pat, kim], 'en');
    await Promise.resolve();
    expect([...notifications.keys()]).toEqual(['acd-alerting:c-1', 'acd-alerting:c-2']);
    expect(notifications.get('acd-alerting:c-2')?.title).toBe('New chat: Kim');
    notifier.sync([kim], 'ja');
    await Promise.resolve();
    expect([...notifications.keys()]).toEqual(['acd-alerting:c-2']);
  });
});
