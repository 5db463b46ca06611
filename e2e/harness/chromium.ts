// Debian's chromium, driven by playwright-core: nothing downloads a browser. `.ci/run`
// installs the package; locally the e2e project skips (with a message) when it is missing.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const chromiumAvailable = (): boolean => existsSync(CHROMIUM_PATH);

export function chromiumMissingMessage(): string {
  return `Browser tests need Debian's chromium at ${CHROMIUM_PATH} (apt-get install -y chromium; .ci/run does this).`;
}

/**
 * A headless chromium whose profile and caches stay in a temp folder, not under $HOME; the
 * folder goes when the browser does (each run of the suite used to leave dozens behind).
 */
export async function launchChromium(): Promise<Browser> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'acd-chromium-'));
  const removeHome = () => {
    try {
      rmSync(home, { recursive: true, force: true, maxRetries: 3 });
    } catch (error) {
      // A leftover temp folder is not worth failing a test run over (this runs in a listener).
      console.warn(`[e2e] could not remove ${home}: ${String(error)}`);
    }
  };
  try {
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      env: { ...process.env, HOME: home, TMPDIR: home },
    });
    browser.on('disconnected', removeHome);
    return browser;
  } catch (error) {
    removeHome();
    throw error;
  }
}
