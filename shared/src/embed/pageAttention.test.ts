import { createPageAttention } from './pageAttention';

function setUp(language: 'en' | 'ja' = 'en') {
  const doc = { title: 'Agent', documentElement: { lang: 'ja' } } as unknown as Document;
  return { doc, page: createPageAttention({ document: doc, language: () => language }) };
}

describe('attention on a page without a CRM', () => {
  it('counts alerting and unread chats in the tab title, and restores it', () => {
    const { doc, page } = setUp();
    page.setAttention({ alerting: 1, unread: 2, ring: false });
    expect(doc.title).toBe('(3) Agent');
    page.setAttention({ alerting: 0, unread: 0, ring: true });
    expect(doc.title).toBe('Agent');
  });

  it('restores the title when disposed', () => {
    const { doc, page } = setUp('ja');
    page.setAttention({ alerting: 1, unread: 0, ring: true });
    page.dispose();
    expect(doc.title).toBe('Agent');
  });

  it('has no CRM record to open, refuses to log, and reports the page language', async () => {
    const { page } = setUp();
    await expect(page.screenPop({ conversationId: 'c', name: 'N' })).resolves.toEqual({
      kind: 'noCrm',
    });
    await expect(
      page.logInteraction({} as Parameters<typeof page.logInteraction>[0]),
    ).rejects.toThrow(/no CRM/);
    await expect(page.currentContext()).resolves.toEqual({ locale: 'ja' });
  });
});
