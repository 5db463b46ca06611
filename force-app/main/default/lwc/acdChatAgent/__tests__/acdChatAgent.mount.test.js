import { loadScript } from 'lightning/platformResourceLoader';
import { createShell, flush, installFakeClient, removeAll } from './testHarness';

jest.mock('lightning/platformUtilityBarApi', () => require('./utilityBarMock').create(), {
  virtual: true,
});

describe('c-acd-chat-agent loading and mounting', () => {
  afterEach(() => {
    removeAll();
    jest.clearAllMocks();
  });

  it('loads the client bundle from the static resource and mounts it into the shell', async () => {
    const seen = installFakeClient();
    const element = createShell();
    await flush();

    expect(loadScript).toHaveBeenCalledTimes(1);
    expect(loadScript.mock.calls[0][1]).toContain('acdChatClient');
    expect(seen.mounts).toHaveLength(1);
    expect(element.contains(seen.mounts[0].element)).toBe(true);
    expect(element.textContent).toContain('client mounted');
    expect(element.querySelector('[role="status"]')).toBeNull();
    await expect(element).toBeAccessible();
  });
});

describe('c-acd-chat-agent while loading, on failure and on removal', () => {
  afterEach(() => {
    removeAll();
    jest.clearAllMocks();
  });

  it('says it is loading until the bundle arrives', async () => {
    let finishLoading;
    loadScript.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          finishLoading = resolve;
        }),
    );
    const seen = installFakeClient();
    const element = createShell();
    await flush();

    expect(element.querySelector('[role="status"]').textContent).toBe('Loading the chat client…');
    expect(seen.mounts).toHaveLength(0);
    await expect(element).toBeAccessible();

    finishLoading();
    await flush();
    expect(element.querySelector('[role="status"]')).toBeNull();
    expect(seen.mounts).toHaveLength(1);
  });

  it('tells the agent when the static resource cannot be loaded', async () => {
    loadScript.mockRejectedValueOnce(new Error('404'));
    jest.spyOn(console, 'warn').mockImplementation(() => {});
    const element = createShell();
    await flush();

    const alert = element.querySelector('[role="alert"]');
    expect(alert.textContent).toContain('The chat client could not be loaded');
    await expect(element).toBeAccessible();
  });

  it('tells the agent when the resource is not the client bundle', async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => {});
    const element = createShell();
    await flush();

    expect(element.querySelector('[role="alert"]')).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('unmounts the client when the utility item is removed', async () => {
    const seen = installFakeClient();
    const element = createShell();
    await flush();
    const container = seen.mounts[0].element;

    document.body.removeChild(element);
    await flush();

    expect(seen.unmounts).toBe(1);
    expect(container.textContent).toBe('');
    await expect(document.body).toBeAccessible();
  });

  it('never mounts a client for a shell removed while the bundle was loading', async () => {
    let finishLoading;
    loadScript.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          finishLoading = resolve;
        }),
    );
    const seen = installFakeClient();
    const element = createShell();
    document.body.removeChild(element);
    finishLoading();
    await flush();

    expect(seen.mounts).toHaveLength(0);
    await expect(document.body).toBeAccessible();
  });

  it('mounts again when the shell comes back (the console re-attaches utility panels)', async () => {
    const seen = installFakeClient();
    const element = createShell();
    await flush();
    document.body.removeChild(element);
    await flush();
    document.body.appendChild(element);
    await flush();

    expect(seen.unmounts).toBe(1);
    expect(seen.mounts).toHaveLength(2);
    expect(element.textContent).toContain('client mounted');
    await expect(element).toBeAccessible();
  });
});
