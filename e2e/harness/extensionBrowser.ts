// Chrome's build of the extension, loaded unpacked into Debian's chromium (a persistent
// context with --load-extension), for the tests that open its pages in tabs: the side panel
// itself cannot be opened by a test. The extension's storage areas are read and written
// through its service worker, as the options page and the panels do.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Language } from '@acd/shared';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const repoRoot = path.resolve(__dirname, '../..');
export const CHROME_BUILD = path.join(repoRoot, 'extension/dist/chrome');

/** npm test builds it first; a lone run of a test file builds it here. */
export function ensureChromeBuild(): void {
  if (existsSync(path.join(CHROME_BUILD, 'manifest.json'))) return;
  execFileSync('npx', ['tsx', 'extension/scripts/buildExtension.ts'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}

type StorageArea = 'local' | 'session';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  origin: string;
  /** Opens `chrome-extension://<id>/<page>` in a new tab; page errors go to `errors`. */
  open(page: 'panel/panel.html' | 'options/options.html'): Promise<Page>;
  errors: string[];
  read(area: StorageArea, key: string): Promise<unknown>;
  write(area: StorageArea, items: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export async function launchExtension(language: Language): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'acd-extension-'));
  const context = await chromium.launchPersistentContext(path.join(profile, 'user-data'), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: language === 'ja' ? 'ja-JP' : 'en-US',
    viewport: { width: 400, height: 900 },
    args: [
      ...CHROMIUM_ARGS.filter((arg) => arg !== '--headless'),
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
    ],
    env: { ...process.env, HOME: profile, TMPDIR: profile },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const origin = `chrome-extension://${extensionId}`;
  const errors: string[] = [];
  type Chrome = {
    chrome: {
      storage: Record<
        StorageArea,
        {
          get(key: string): Promise<Record<string, unknown>>;
          set(items: Record<string, unknown>): Promise<void>;
        }
      >;
    };
  };
  return {
    context,
    worker,
    extensionId,
    origin,
    errors,
    async open(page) {
      const tab = await context.newPage();
      tab.on('pageerror', (error) => errors.push(`${page}: ${error.message}`));
      await tab.goto(`${origin}/${page}`);
      return tab;
    },
    read: (area, key) =>
      worker.evaluate(
        async ([a, k]) => (await (globalThis as unknown as Chrome).chrome.storage[a].get(k))[k],
        [area, key] as const,
      ),
    write: (area, items) =>
      worker.evaluate(
        async ([a, i]) => {
          await (globalThis as unknown as Chrome).chrome.storage[a].set(i);
        },
        [area, items] as const,
      ),
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
