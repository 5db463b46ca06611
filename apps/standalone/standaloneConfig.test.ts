import { ConfigError, readStandaloneConfig } from './standaloneConfig';

const defaults = { platformBaseUrl: 'http://127.0.0.1:4010', browserLanguage: 'en-GB' };

describe('the standalone page address', () => {
  it('defaults to the local simulator and the browser language', () => {
    expect(readStandaloneConfig('http://127.0.0.1:5173/standalone/', defaults)).toMatchObject({
      platformBaseUrl: 'http://127.0.0.1:4010',
      language: 'en',
      signIn: { mode: 'oauth', clientId: '' },
    });
    expect(
      readStandaloneConfig('http://h/standalone/', { ...defaults, browserLanguage: 'ja-JP' }),
    ).toMatchObject({ language: 'ja' });
  });

  it('takes the platform and the language from the query', () => {
    expect(
      readStandaloneConfig(
        'http://h/standalone/?platform=http%3A%2F%2F127.0.0.1%3A4999%2F&lang=ja',
        { ...defaults, allowedPlatforms: ['http://127.0.0.1:4999'] },
      ),
    ).toMatchObject({ platformBaseUrl: 'http://127.0.0.1:4999', language: 'ja' });
  });

  it('ignores an unknown language', () => {
    expect(readStandaloneConfig('http://h/?lang=fr', defaults).language).toBe('en');
  });

  it('refuses a platform that is not an http(s) URL', () => {
    expect(() => readStandaloneConfig('http://h/?platform=javascript:alert(1)', defaults)).toThrow(
      ConfigError,
    );
    expect(() => readStandaloneConfig('http://h/?platform=nowhere', defaults)).toThrow(/not a URL/);
  });

  it('signs in with PKCE on a real platform, coming back to the bare page', () => {
    const config = readStandaloneConfig(
      'https://agent.example.test/standalone/?platform=https://api.mypurecloud.jp&clientId=abc&lang=ja#x',
      { ...defaults, allowedPlatforms: ['https://api.mypurecloud.jp'] },
    );
    expect(config.signIn).toEqual({
      mode: 'oauth',
      platformBaseUrl: 'https://api.mypurecloud.jp',
      clientId: 'abc',
      loginBaseUrl: 'https://login.mypurecloud.jp',
      callbackUrl: 'https://agent.example.test/callback/',
    });
    // Redirect URIs match exactly: the page's own query comes back through the sign-in.
    expect(config.redirectUri).toBe('https://agent.example.test/standalone/');
  });

  it('shows the simulator picker only when told, by the address or the deployment', () => {
    const href = 'http://127.0.0.1:5173/standalone/';
    expect(readStandaloneConfig(href, defaults).signIn.mode).toBe('oauth');
    expect(readStandaloneConfig(`${href}?signIn=simulator`, defaults).signIn.mode).toBe(
      'simulator',
    );
    expect(readStandaloneConfig(href, { ...defaults, signIn: 'simulator' }).signIn.mode).toBe(
      'simulator',
    );
    expect(() => readStandaloneConfig(`${href}?signIn=maybe`, defaults)).toThrow(ConfigError);
  });

  it('accepts ?platform= and ?login= only within the platforms the deployment allows', () => {
    const allowing = { ...defaults, allowedPlatforms: ['https://api.mypurecloud.jp'] };
    for (const href of [
      'http://h/standalone/?platform=https://evil.example',
      'http://h/standalone/?platform=http://127.0.0.1:4011',
      'http://h/standalone/?platform=https://api.mypurecloud.jp&clientId=abc&login=https://evil.example',
    ]) {
      expect(() => readStandaloneConfig(href, allowing)).toThrow(
        /not a platform this deployment allows/,
      );
    }
    expect(
      readStandaloneConfig('http://h/?platform=https://api.mypurecloud.jp/', allowing)
        .platformBaseUrl,
    ).toBe('https://api.mypurecloud.jp');
    expect(
      readStandaloneConfig('http://h/?platform=http://127.0.0.1:4010', defaults).platformBaseUrl,
    ).toBe('http://127.0.0.1:4010');
  });
});
