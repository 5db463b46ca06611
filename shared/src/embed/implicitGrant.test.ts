import { parseImplicitGrantFragment, withoutFragment } from './implicitGrant';

const NOW = Date.parse('2025-03-01T09:00:00Z');

describe('the implicit grant fragment', () => {
  it('gives the bearer token and when it expires', () => {
    const grant = parseImplicitGrantFragment(
      '#access_token=abc.DEF-123&token_type=bearer&expires_in=3600',
      NOW,
    );
    expect(grant).toEqual({
      kind: 'session',
      session: { accessToken: 'abc.DEF-123', expiresAt: NOW + 3_600_000 },
    });
  });

  it('keeps the state the sign-in page was sent with', () => {
    const grant = parseImplicitGrantFragment(
      'access_token=t&token_type=Bearer&expires_in=60&state=xyz',
      NOW,
    );
    expect(grant).toMatchObject({ kind: 'session', state: 'xyz' });
  });

  it('decodes percent-encoded tokens', () => {
    const grant = parseImplicitGrantFragment('#access_token=a%2Bb%3D&token_type=bearer', NOW);
    expect(grant).toMatchObject({ kind: 'session', session: { accessToken: 'a+b=' } });
  });

  it('assumes a day when the lifetime is missing or not a number', () => {
    const grant = parseImplicitGrantFragment('#access_token=t&expires_in=soon', NOW);
    expect(grant).toMatchObject({ session: { expiresAt: NOW + 86_400_000 } });
  });

  it('reports the platform refusing the sign-in', () => {
    expect(
      parseImplicitGrantFragment('#error=access_denied&error_description=User+cancelled', NOW),
    ).toEqual({ kind: 'error', error: 'access_denied', description: 'User cancelled' });
  });

  it('refuses tokens that are not bearer tokens', () => {
    expect(parseImplicitGrantFragment('#access_token=t&token_type=mac', NOW)).toMatchObject({
      kind: 'error',
      error: 'unsupported_token_type',
    });
  });

  it('finds nothing in an unrelated or empty fragment', () => {
    expect(parseImplicitGrantFragment('', NOW)).toEqual({ kind: 'none' });
    expect(parseImplicitGrantFragment('#section-2', NOW)).toEqual({ kind: 'none' });
    expect(parseImplicitGrantFragment('#access_token=', NOW)).toEqual({ kind: 'none' });
  });

  it('drops the fragment from the address but keeps the query', () => {
    expect(withoutFragment('http://127.0.0.1:5173/standalone/?lang=ja#access_token=t')).toBe(
      'http://127.0.0.1:5173/standalone/?lang=ja',
    );
  });
});
