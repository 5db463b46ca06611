// The part of the WebExtension API (chrome.* in Chrome, the same namespace with promises in
// Firefox's MV3) this extension calls. Narrow on purpose: the adapter tests hand in fakes, and
// the list shows at a glance which permissions the manifest needs.

export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageChangeEvent {
  addListener(
    listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void,
  ): void;
}

export interface TabLike {
  id?: number;
  windowId?: number;
}

export interface ExtensionApi {
  storage: {
    local: StorageAreaLike;
    /** Kept in memory by the browser for this profile's session; trusted contexts only. */
    session: StorageAreaLike;
    /** Written by policy (managed installs); read-only for the extension. */
    managed: Pick<StorageAreaLike, 'get'>;
    onChanged: StorageChangeEvent;
  };
  action: {
    setBadgeText(details: { text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { color: string }): Promise<void>;
    setTitle(details: { title: string }): Promise<void>;
  };
  tabs: {
    create(details: { url: string; active?: boolean }): Promise<TabLike>;
    get(tabId: number): Promise<TabLike>;
    update(tabId: number, details: { url?: string; active?: boolean }): Promise<TabLike>;
  };
  windows: {
    update(windowId: number, details: { focused: boolean }): Promise<unknown>;
  };
  notifications: {
    create(
      id: string,
      options: {
        type: 'basic';
        iconUrl: string;
        title: string;
        message: string;
        requireInteraction?: boolean;
      },
    ): Promise<string>;
    clear(id: string): Promise<boolean>;
    onClicked: { addListener(listener: (id: string) => void): void };
  };
  runtime: {
    getURL(path: string): string;
    openOptionsPage(): Promise<void>;
  };
  identity?: {
    launchWebAuthFlow(details: { url: string; interactive: boolean }): Promise<string | undefined>;
    getRedirectURL(path?: string): string;
  };
  /** Chrome only. */
  sidePanel?: {
    setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
    open(options: { windowId?: number }): Promise<void>;
  };
  /** Firefox only. */
  sidebarAction?: {
    open(): Promise<void>;
    toggle(): Promise<void>;
  };
}

/**
 * The browser's API object: Firefox's `browser` when present (promise-based everywhere),
 * else Chrome's `chrome` (promise-based in MV3). Outside an extension page it throws.
 */
export function extensionApi(): ExtensionApi {
  const scope = globalThis as { browser?: unknown; chrome?: unknown };
  const api = (scope.browser ?? scope.chrome) as ExtensionApi | undefined;
  if (api?.storage === undefined) {
    throw new Error('The ACD Chat extension pages run only inside the browser extension');
  }
  return api;
}
