// The background script: opens the panel from the toolbar button and from a chat's
// notification. It holds no connection (a panel does, see panel/connection.ts): Chrome stops
// an idle MV3 service worker after about 30 seconds, which would drop the chat socket.
// Self-contained on purpose (no imports): Firefox loads it as a classic background script.

interface BackgroundApi {
  sidePanel?: {
    setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
    open(options: { windowId: number }): Promise<void>;
  };
  sidebarAction?: { open(): Promise<void>; toggle(): Promise<void> };
  action: { onClicked: { addListener(listener: () => void): void } };
  windows: { getLastFocused(): Promise<{ id?: number }> };
  notifications: { onClicked: { addListener(listener: (id: string) => void): void } };
}

const scope = globalThis as { browser?: unknown; chrome?: unknown };
const api = (scope.browser ?? scope.chrome) as BackgroundApi;

if (api.sidePanel !== undefined) {
  // Chrome: the toolbar button opens the side panel by itself.
  api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
    console.error('ACD Chat: the side panel cannot open from the toolbar', error);
  });
} else if (api.sidebarAction !== undefined) {
  // Firefox: the toolbar button (it carries the badge) toggles the sidebar.
  const sidebar = api.sidebarAction;
  api.action.onClicked.addListener(() => {
    void sidebar.toggle();
  });
}

api.notifications.onClicked.addListener((id) => {
  if (!id.startsWith('acd-alerting:')) return;
  // Called inside the click, as opening a panel requires a user action. Firefox does not count
  // a notification click as one (MDN, WebExtensions "User actions") and refuses: the chat is
  // then still brought forward in an open sidebar (the connection selects it), and the
  // refusal is not left unhandled.
  if (api.sidebarAction !== undefined) {
    api.sidebarAction.open().catch(() => undefined);
    return;
  }
  const sidePanel = api.sidePanel;
  if (sidePanel === undefined) return;
  // Chrome may refuse once the window lookup has taken the gesture away; the notification
  // then still brings the chat forward in an open panel (the connection selects it).
  void api.windows
    .getLastFocused()
    .then((window) =>
      window.id === undefined ? undefined : sidePanel.open({ windowId: window.id }),
    )
    .catch(() => undefined);
});
