import { createPageAttention } from './pageAttention';

/** Just enough of a Document: a title, visibility and the root element's lang. */
function fakeDocument(hidden = false) {
  return {
    title: 'Agent',
    hidden,
    documentElement: { lang: 'ja' },
  } as unknown as Document & { hidden: boolean };
}

function setUp(hidden = false) {
  const doc = fakeDocument(hidden);
  const tones: number[] = [];
  const notifications: string[] = [];
  const timers = new Map<number, () => void>();
  let next = 0;
  const page = createPageAttention({
    document: doc,
    language: () => 'en',
    playTone: () => tones.push(1),
    notify: (title, body) => notifications.push(`${title}: ${body}`),
    setInterval: (run) => {
      next += 1;
      timers.set(next, run);
      return next;
    },
    clearInterval: (handle) => timers.delete(handle as number),
  });
  const tick = () => {
    for (const run of timers.values()) run();
  };
  return { doc, page, tones, notifications, timers, tick };
}

describe('attention on a page without a CRM', () => {
  it('counts alerting and unread chats in the tab title, and restores it', () => {
    const { doc, page } = setUp();
    page.setAttention({ alerting: 1, unread: 2, ring: false });
    expect(doc.title).toBe('(3) Agent');
    page.setAttention({ alerting: 0, unread: 0, ring: false });
    expect(doc.title).toBe('Agent');
  });

  it('rings while a chat alerts and stops when it is answered', () => {
    const { page, tones, timers, tick } = setUp();
    page.setAttention({ alerting: 1, unread: 0, ring: true });
    expect(tones).toHaveLength(1);
    tick();
    expect(tones).toHaveLength(2);
    page.setAttention({ alerting: 1, unread: 1, ring: true });
    expect(tones).toHaveLength(2);
    page.setAttention({ alerting: 0, unread: 1, ring: true });
    expect(timers.size).toBe(0);
  });

  it('stays silent when this client does not ring (rule 2)', () => {
    const { page, tones, notifications } = setUp(true);
    page.setAttention({ alerting: 2, unread: 0, ring: false });
    expect(tones).toHaveLength(0);
    expect(notifications).toHaveLength(0);
  });

  it('notifies once per newly alerting chat, only while the tab is hidden', () => {
    const visible = setUp(false);
    visible.page.setAttention({ alerting: 1, unread: 0, ring: true });
    expect(visible.notifications).toHaveLength(0);

    const hidden = setUp(true);
    hidden.page.setAttention({ alerting: 1, unread: 0, ring: true });
    hidden.page.setAttention({ alerting: 1, unread: 3, ring: true });
    expect(hidden.notifications).toEqual([
      'Chat waiting: 1 chat interactions are waiting for you.',
    ]);
  });

  it('has no CRM record to open and refuses to log', async () => {
    const { page } = setUp();
    await expect(page.screenPop({ conversationId: 'c', name: 'N' })).resolves.toEqual({
      kind: 'none',
    });
    await expect(page.currentContext()).resolves.toEqual({ locale: 'ja' });
  });

  it('stops ringing and restores the title when disposed', () => {
    const { doc, page, timers } = setUp();
    page.setAttention({ alerting: 1, unread: 0, ring: true });
    page.dispose();
    expect(timers.size).toBe(0);
    expect(doc.title).toBe('Agent');
  });
});
