import { createConversationAttributes, pickAttributes } from './conversationAttributes';

function platform(answers: Record<string, { status: number; body: unknown }>) {
  const calls: { method: string; url: string; body?: unknown; auth: string | null }[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = new Headers(init?.headers);
    calls.push({
      method: init?.method ?? 'GET',
      url,
      auth: headers.get('authorization'),
      ...(typeof init?.body === 'string' ? { body: JSON.parse(init.body) as unknown } : {}),
    });
    const answer = answers[`${init?.method ?? 'GET'} ${new URL(url).pathname}`] ?? {
      status: 404,
      body: {},
    };
    return Promise.resolve(new Response(JSON.stringify(answer.body), { status: answer.status }));
  };
  return { calls, fetchImpl };
}

describe('conversation attributes on the platform', () => {
  it('reads every participant attribute, agents over the customer, without the client bookkeeping', async () => {
    const { fetchImpl, calls } = platform({
      'GET /api/v2/conversations/chats/c1': {
        status: 200,
        body: {
          participants: [
            {
              purpose: 'agent',
              attributes: { PT_SearchValue: 'agent', 'acd.lastSeenMessageId': 'm9' },
            },
            {
              purpose: 'customer',
              attributes: { PT_URLPop: 'https://crm/1', PT_SearchValue: 'customer' },
            },
          ],
        },
      },
    });
    const attributes = createConversationAttributes({
      baseUrl: 'http://p.test',
      accessToken: () => 't0k',
      fetch: fetchImpl,
    });
    const all = await attributes.read('c1');
    expect(all).toEqual({ PT_URLPop: 'https://crm/1', PT_SearchValue: 'agent' });
    expect(pickAttributes(all, ['PT_URLPop', 'Missing'])).toEqual({ PT_URLPop: 'https://crm/1' });
    expect(calls[0]?.auth).toBe('Bearer t0k');
  });

  it("merges written attributes on the agent's participant (PATCH .../attributes)", async () => {
    const { fetchImpl, calls } = platform({
      'PATCH /api/v2/conversations/chats/c1/participants/p1/attributes': { status: 202, body: {} },
    });
    const attributes = createConversationAttributes({
      baseUrl: 'http://p.test',
      accessToken: () => 't',
      fetch: fetchImpl,
    });
    await attributes.write('c1', 'p1', { PT_SearchValue: 'A-7' });
    expect(calls[0]).toMatchObject({
      method: 'PATCH',
      body: { attributes: { PT_SearchValue: 'A-7' } },
    });
  });

  it('says what the platform refused', async () => {
    const { fetchImpl } = platform({
      'PATCH /api/v2/conversations/chats/c1/participants/p1/attributes': {
        status: 400,
        body: { message: 'attribute x must be a string' },
      },
    });
    const attributes = createConversationAttributes({
      baseUrl: 'http://p.test',
      accessToken: () => 't',
      fetch: fetchImpl,
    });
    await expect(attributes.write('c1', 'p1', {})).rejects.toThrow(
      'HTTP 400: attribute x must be a string',
    );
  });
});
