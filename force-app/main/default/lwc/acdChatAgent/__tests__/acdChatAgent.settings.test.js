import { createShell, flush, installFakeClient, removeAll } from './testHarness';

jest.mock('lightning/platformUtilityBarApi', () => require('./utilityBarMock').create(), {
  virtual: true,
});

describe('c-acd-chat-agent design properties', () => {
  afterEach(() => {
    removeAll();
  });

  it('starts the core with the defaults when the admin set nothing', async () => {
    const seen = installFakeClient();
    const element = createShell();
    await flush();

    expect(seen.mounts[0].options.settings).toEqual({
      callLogging: false,
      autoAnswer: false,
      ringing: true,
      language: 'en',
    });
    expect(seen.mounts[0].options).toMatchObject({
      oauthClientId: '',
      signIn: 'oauth',
      loginBaseUrl: '',
      callbackUrl: '',
    });
    await expect(element).toBeAccessible();
  });

  it('hands every property the admin set in App Manager to the core', async () => {
    const seen = installFakeClient();
    const element = createShell({
      callLogging: true,
      autoAnswer: true,
      ringing: false,
      defaultLanguage: 'ja',
      platformBaseUrl: 'https://api.acd-platform.example.com/',
      oauthClientId: ' 6f1c-client ',
      signIn: 'Simulator ',
      loginBaseUrl: 'https://login.acd-platform.example.com/',
      callbackUrl: ' https://agents.example.com/callback/ ',
    });
    await flush();

    expect(seen.mounts[0].options.settings).toEqual({
      callLogging: true,
      autoAnswer: true,
      ringing: false,
      language: 'ja',
      platformBaseUrl: 'https://api.acd-platform.example.com',
    });
    expect(seen.mounts[0].options).toMatchObject({
      oauthClientId: '6f1c-client',
      signIn: 'simulator',
      loginBaseUrl: 'https://login.acd-platform.example.com',
      callbackUrl: 'https://agents.example.com/callback/',
    });
    await expect(element).toBeAccessible();
  });

  it('hands an unknown sign-in mode on as typed, for the bundle to refuse by name', async () => {
    const seen = installFakeClient();
    createShell({ signIn: 'saml' });
    await flush();

    expect(seen.mounts[0].options.signIn).toBe('saml');
  });

  it('reads string values the way App Builder may pass them', async () => {
    const seen = installFakeClient();
    const element = createShell({ callLogging: 'true', ringing: 'false' });
    await flush();

    expect(seen.mounts[0].options.settings).toMatchObject({ callLogging: true, ringing: false });
    await expect(element).toBeAccessible();
  });

  it('passes a property changed after start to the running core', async () => {
    const seen = installFakeClient();
    const element = createShell();
    await flush();

    element.callLogging = true;
    element.defaultLanguage = 'ja';

    expect(seen.settingsChanges.at(-1)).toMatchObject({ callLogging: true, language: 'ja' });
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
});
