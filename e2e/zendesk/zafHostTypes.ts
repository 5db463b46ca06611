// What the test's Zendesk agent workspace (zafHostPage.ts, in the browser) and the test (in
// node) agree on: the page's configuration and the `window.zafHost` handle the test drives.

/** The locations of manifest.json the workspace can open. */
export type AppLocation = 'background' | 'ticket_sidebar' | 'top_bar';

export interface HostTicket {
  id: number;
  subject: string;
  status: string;
  requester: { id: number; name: string; email: string };
}

/** Written into the host page as JSON. */
export interface HostConfig {
  /** Where Zendesk serves the app: `<appOrigin>/assets/iframe.html`. */
  appOrigin: string;
  /** The app's installation: ZAF `metadata()`. */
  metadata: {
    appId: number;
    installationId: number;
    name: string;
    version: string;
    settings: Record<string, unknown>;
  };
  subdomain: string;
  /** ZAF `currentUser`: `role` is "admin", "agent" (or a custom role's name). */
  currentUser: { id: number; name: string; email: string; locale: string; role: string };
  /** The tickets a ticket tab can show, by id (`ticket.*` paths of that tab's sidebar). */
  tickets: Record<string, HostTicket>;
}

/** One `client.invoke(name, ...args)` that reached the host. */
export interface Invocation {
  /** The instance whose iframe sent it. */
  from: string;
  fromLocation: AppLocation;
  /** The instance it was addressed to (`client.instance(guid).invoke`), usually `from`. */
  target: string;
  name: string;
  args: unknown[];
}

/** One `client.request(...)` the host carried out against the Support API. */
export interface ProxiedRequest {
  from: string;
  fromLocation: AppLocation;
  method: string;
  url: string;
  status: number;
}

export interface InstanceSummary {
  guid: string;
  location: AppLocation;
  ticketId?: number;
  /** The SDK's handshake arrived and `app.registered` went back. */
  registered: boolean;
  /** Events the app subscribed to with `client.on`. */
  subscriptions: string[];
  /** The iframe's height as the last `resize` set it (CSS text), if any. */
  height: string | null;
}

/** `window.zafHost`: what the test asks of the workspace (page.evaluate). */
export interface ZafHostApi {
  /** Creates the iframe of a location (a ticket tab for `ticket_sidebar`); its instance guid. */
  open(location: AppLocation, ticketId?: number): string;
  /** `app.willDestroy`, then the iframe goes, as when the agent closes the ticket tab. */
  close(guid: string): void;
  /** The agent switches to this ticket tab: `app.activated` here, `app.deactivated` elsewhere. */
  activate(guid: string): void;
  instances(): InstanceSummary[];
  invocations(): Invocation[];
  requests(): ProxiedRequest[];
  /** Host-side problems (malformed messages, unknown calls) the test asserts are absent. */
  problems(): string[];
}

/** Counted in every frame by an init script: sounds started and browser notifications. */
export interface RingCounts {
  audioContexts: number;
  notifications: number;
}
