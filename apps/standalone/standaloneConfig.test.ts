import { ConfigError, readStandaloneConfig } from './standaloneConfig';

const defaults = { platformBaseUrl: 'http://127.0.0.1:4010', browserLanguage: 'en-GB' };

describe('the standalone page address', () => {
  it('defaults to the local simulator and the browser language', () => {
    expect(readStandaloneConfig('http://127.0.0.1:5173/standalone/', defaults)).toEqual({
      platformBaseUrl: 'http://127.0.0.1:4010',
      language: 'en',
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
    ).toEqual({ platformBaseUrl: 'http://127.0.0.1:4999', language: 'ja' });
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

  it('signs in with PKCE on a real platform when given an OAuth client id', () => {
    const config = readStandaloneConfig(
      'https://agent.example.test/standalone/?platform=https://api.mypurecloud.jp&clientId=abc&lang=ja#x',
      { ...defaults, allowedPlatforms: ['https://api.mypurecloud.jp'] },
    );
    expect(config.pkce).toEqual({
      clientId: 'abc',
      loginBaseUrl: 'https://login.mypurecloud.jp',
      redirectUri:
        'https://agent.example.test/standalone/?platform=https%3A%2F%2Fapi.mypurecloud.jp&lang=ja&clientId=abc',
    });
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
