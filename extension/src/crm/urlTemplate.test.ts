import { fillUrlTemplate, TemplateError } from './urlTemplate';

describe('the screen-pop URL template', () => {
  const values = {
    conversationId: 'c-1',
    email: 'pat+lee@example.com',
    name: 'Pat & Lee #1',
    queue: 'Support/EU',
    attributes: { 'context.account': 'A 42?' },
  };

  it('fills every placeholder URL-encoded, so a value stays one value', () => {
    const url = fillUrlTemplate(
      'https://crm.example.com/search?q={email}&n={name}&c={conversationId}&queue={queue}&acct={attr:context.account}',
      values,
    );
    const parsed = new URL(url);
    expect(parsed.searchParams.get('q')).toBe('pat+lee@example.com');
    expect(parsed.searchParams.get('n')).toBe('Pat & Lee #1');
    expect(parsed.searchParams.get('c')).toBe('c-1');
    expect(parsed.searchParams.get('queue')).toBe('Support/EU');
    expect(parsed.searchParams.get('acct')).toBe('A 42?');
    expect(url).toContain('q=pat%2Blee%40example.com');
  });

  it('leaves a value the conversation lacks empty', () => {
    expect(
      fillUrlTemplate('https://crm.example.com/p/{attr:missing}?e={email}', {
        conversationId: 'c',
      }),
    ).toBe('https://crm.example.com/p/?e=');
  });

  it('refuses an unknown placeholder and a template that is not an http(s) URL', () => {
    expect(() => fillUrlTemplate('https://crm.example.com/?q={phone}', values)).toThrow(
      TemplateError,
    );
    expect(() => fillUrlTemplate('javascript:alert({name})', values)).toThrow(/http\(s\)/);
    expect(() => fillUrlTemplate('{email}', values)).toThrow(/does not make a URL/);
  });
});
