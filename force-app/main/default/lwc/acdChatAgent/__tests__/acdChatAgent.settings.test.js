import { createShell, flush, installFakeClient, removeAll } from './testHarness';

jest.mock('lightning/platformUtilityBarApi', () => require('./utilityBarMock').create(), {
  virtual: true,
});

describe('c-acd-chat-agent design properties', () => {
  afterEach(() => {
    removeAll();
  });

  it('hands the bundle no property when the admin set nothing, with the user language', async () => {
    const seen = installFakeClient();
    const element = createShell();
    await flush();

    // The bundle cleans them with the core's rules (defaults included): nothing is decided here.
    expect(seen.mounts[0].options.properties).toEqual({});
    expect(typeof seen.mounts[0].options.userLanguage).toBe('string');
    expect(seen.mounts[0].options).not.toHaveProperty('settings');
    await expect(element).toBeAccessible();
  });

  it('hands every property the admin set in App Manager to the bundle as it was set', async () => {
    const seen = installFakeClient();
    const properties = {
      callLogging: 'true',
      autoAnswer: true,
      ringing: false,
      defaultLanguage: 'ja',
      platformBaseUrl: 'https://api.acd-platform.example.com/',
      oauthClientId: ' 6f1c-client ',
      signIn: 'Simulator ',
      loginBaseUrl: 'https://login.acd-platform.example.com/',
      callbackUrl: ' https://agents.example.com/callback/ ',
    };
    const element = createShell(properties);
    await flush();

    expect(seen.mounts[0].options.properties).toEqual(properties);
    await expect(element).toBeAccessible();
  });

  it('passes a property changed after start to the running client', async () => {
    const seen = installFakeClient();
    const element = createShell();
    await flush();

    element.callLogging = true;
    element.defaultLanguage = 'ja';

    expect(seen.propertyChanges.at(-1)).toEqual({ callLogging: true, defaultLanguage: 'ja' });
    expect(seen.mounts).toHaveLength(1);
    await expect(element).toBeAccessible();
  });

  it('shows its own messages in the language default', async () => {
    installFakeClient();
    const element = createShell({ defaultLanguage: 'ja' });

    expect(element.querySelector('[role="status"]').textContent).toBe(
      'チャットクライアントを読み込み中…',
    );
    await flush();
    await expect(element).toBeAccessible();
  });

  it('reads the language default as App Builder may pass it, spaces and capitals', () => {
    installFakeClient();
    const element = createShell({ defaultLanguage: ' JA ' });

    expect(element.querySelector('[role="status"]').textContent).toBe(
      'チャットクライアントを読み込み中…',
    );
  });
});
