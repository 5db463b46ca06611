// The Zendesk side of the browser test, in node: two loopback origins as in production (the
// agent's Zendesk, which serves the workspace page and the Support API, and the app's own
// origin, which serves the built zendesk-app/assets), plus helpers to drive the page.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import ts from 'typescript';
import { createFakeSupportApi, type FakeSupportApi, type SupportTicket } from './fakeSupportApi';
import type {
  AppLocation,
  HostConfig,
  InstanceSummary,
  Invocation,
  ProxiedRequest,
  RingCounts,
  ZafHostApi,
} from './zafHostTypes';

export const APP_ASSETS_DIR = path.resolve(__dirname, '../../zendesk-app/assets');

const REPO_ROOT = path.resolve(__dirname, '../..');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (!/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

/**
 * Why the test cannot run (no build), or null. `npm test` builds the app first; a run of
 * jest alone on sources newer than the build is warned about, since it tests the old build.
 */
export function missingBuild(): string | null {
  const page = path.join(APP_ASSETS_DIR, 'iframe.html');
  if (!existsSync(page)) {
    return `${page} is missing: run npm run build:zendesk first (npm test does).`;
  }
  const sources = ['zendesk-app/src', 'shared/src'].map((dir) => path.join(REPO_ROOT, dir));
  if (Math.max(...sources.map(newestSource)) > statSync(page).mtimeMs) {
    console.warn(
      'zendesk-app/assets is older than its sources: this run tests the last build ' +
        '(npm run build:zendesk rebuilds it).',
    );
  }
  return null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

let hostScript: string | undefined;

/** zafHostPage.ts as the browser runs it (types stripped; it has no run-time imports). */
function hostPageScript(): string {
  hostScript ??= ts.transpileModule(readFileSync(path.join(__dirname, 'zafHostPage.ts'), 'utf8'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  return hostScript;
}

function hostPage(config: HostConfig): string {
  // JSON in a script element: only `<` could end it early.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Zendesk agent workspace (test host)</title>
    <style>
      body { margin: 0; font: 14px sans-serif; }
      #workspace { display: flex; gap: 8px; align-items: flex-start; padding: 8px; }
      .tab { width: 360px; border: 1px solid #ccc; }
      .tab h2 { font-size: 13px; margin: 4px; }
      iframe { display: block; width: 100%; height: 120px; border: 0; }
    </style>
    <script type="application/json" id="zaf-host-config">${json}</script>
    <script type="module" src="/zaf-host.js"></script>
  </head>
  <body>
    <main id="workspace"></main>
    <div id="background-apps" hidden></div>
  </body>
</html>
`;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve();
    });
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

export interface WorkspaceOptions {
  settings: Record<string, unknown>;
  /** The Zendesk user; an agent unless `role` says otherwise. */
  currentUser: Omit<HostConfig['currentUser'], 'role'> & { role?: string };
  /** The Support API's users and tickets; every ticket can be opened in a ticket tab. */
  users: FakeSupportApi['users'];
  tickets: (SupportTicket & { requester: { id: number; name: string; email: string } })[];
}

export interface ZendeskWorkspace {
  /** The agent's Zendesk: the workspace page and the Support API. */
  zendeskUrl: string;
  /** Where the app's assets are served from (another origin, as on zdusercontent.com). */
  appOrigin: string;
  support: FakeSupportApi;
  /** Requests for app files that were not found (a broken asset reference). */
  missingAssets: string[];
  close(): Promise<void>;
}

export async function startZendeskWorkspace(options: WorkspaceOptions): Promise<ZendeskWorkspace> {
  const role = options.currentUser.role ?? 'agent';
  const manifest = JSON.parse(
    readFileSync(path.join(REPO_ROOT, 'zendesk-app/manifest.json'), 'utf8'),
  ) as { parameters: { name: string }[] };
  const support = createFakeSupportApi({
    users: options.users,
    tickets: options.tickets.map(({ requester: _requester, ...ticket }) => ticket),
    installation: { id: 2_000_002, app_id: 1_000_001, enabled: true, settings: options.settings },
    parameters: manifest.parameters.map((p) => p.name),
    role,
  });
  const missingAssets: string[] = [];

  const appServer = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://app.invalid');
    const name = pathname.replace(/^\/assets\//, '');
    const file = path.join(APP_ASSETS_DIR, name);
    if (!pathname.startsWith('/assets/') || name.includes('..') || !existsSync(file)) {
      missingAssets.push(pathname);
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    res.end(readFileSync(file));
  });
  const appOrigin = await listen(appServer);

  const config: HostConfig = {
    appOrigin,
    metadata: {
      appId: 1_000_001,
      installationId: support.installation.id,
      name: 'ACD Chat',
      version: '0.1.0',
      settings: support.installation.settings,
    },
    subdomain: 'acd-test',
    currentUser: { ...options.currentUser, role },
    tickets: Object.fromEntries(
      options.tickets.map((t) => [
        String(t.id),
        { id: t.id, subject: t.subject, status: t.status, requester: t.requester },
      ]),
    ),
  };

  const zendeskServer = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://zendesk.invalid');
    if (pathname.startsWith('/api/v2/')) {
      support.handle(req, res).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    } else if (pathname === '/') {
      // A workspace loaded now registers the app with the installation's settings as saved.
      const page = hostPage({
        ...config,
        metadata: { ...config.metadata, settings: { ...support.installation.settings } },
      });
      res.writeHead(200, { 'content-type': CONTENT_TYPES['.html'] }).end(page);
    } else if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
    } else if (pathname === '/zaf-host.js') {
      res.writeHead(200, { 'content-type': CONTENT_TYPES['.js'] }).end(hostPageScript());
    } else {
      res.writeHead(404).end();
    }
  });
  const zendeskUrl = await listen(zendeskServer).catch(async (error: unknown) => {
    await stop(appServer);
    throw error;
  });

  return {
    zendeskUrl,
    appOrigin,
    support,
    missingAssets,
    close: async () => {
      await Promise.all([stop(zendeskServer), stop(appServer)]);
    },
  };
}

/** Counts, in every frame, the sounds started (WebAudio) and browser notifications shown. */
export async function countRings(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const counts: RingCounts = { audioContexts: 0, notifications: 0 };
    const scope = window as unknown as { acdRings: RingCounts };
    scope.acdRings = counts;
    const Audio = window.AudioContext as typeof AudioContext | undefined;
    if (Audio !== undefined) {
      window.AudioContext = class extends Audio {
        constructor(options?: AudioContextOptions) {
          super(options);
          counts.audioContexts += 1;
        }
      };
    }
    const Shown = window.Notification as typeof Notification | undefined;
    if (Shown !== undefined) {
      const Counted = class extends Shown {
        constructor(title: string, options?: NotificationOptions) {
          super(title, options);
          counts.notifications += 1;
        }
      };
      Object.defineProperty(window, 'Notification', { value: Counted });
    }
  });
}

type HostWindow = Window & { zafHost: ZafHostApi };

/** The page's `window.zafHost` (each function runs in the page: no closures). */
export function zafHost(page: Page) {
  return {
    open: (location: AppLocation, ticketId?: number): Promise<string> =>
      page.evaluate(([where, id]) => (window as unknown as HostWindow).zafHost.open(where, id), [
        location,
        ticketId,
      ] as const),
    close: (guid: string): Promise<void> =>
      page.evaluate((id) => {
        (window as unknown as HostWindow).zafHost.close(id);
      }, guid),
    activate: (guid: string): Promise<void> =>
      page.evaluate((id) => {
        (window as unknown as HostWindow).zafHost.activate(id);
      }, guid),
    instances: (): Promise<InstanceSummary[]> =>
      page.evaluate(() => (window as unknown as HostWindow).zafHost.instances()),
    invocations: (): Promise<Invocation[]> =>
      page.evaluate(() => (window as unknown as HostWindow).zafHost.invocations()),
    requests: (): Promise<ProxiedRequest[]> =>
      page.evaluate(() => (window as unknown as HostWindow).zafHost.requests()),
    problems: (): Promise<string[]> =>
      page.evaluate(() => (window as unknown as HostWindow).zafHost.problems()),
  };
}

export type ZafHostHandle = ReturnType<typeof zafHost>;

/** The iframe of one instance, for locators. */
export function appFrame(page: Page, guid: string): FrameLocator {
  return page.frameLocator(`iframe[name="${guid}"]`);
}

/** The Frame of one instance, for evaluating in it. */
export function frameOf(page: Page, guid: string): Frame {
  const frame = page.frames().find((f) => f.name() === guid);
  if (frame === undefined) throw new Error(`No frame for instance ${guid}`);
  return frame;
}

export async function ringsIn(page: Page, guid: string): Promise<RingCounts> {
  return frameOf(page, guid).evaluate(
    () => (window as unknown as { acdRings: RingCounts }).acdRings,
  );
}
