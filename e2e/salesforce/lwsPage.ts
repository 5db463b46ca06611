// A stand-in for a Lightning page under Lightning Web Security: its own origin on loopback
// serves a page with @locker/near-membrane-dom (bundled here with esbuild); the built static
// resource and a small shell script (a trivial CrmAdapter, like the LWC shell's) are
// evaluated together in one membrane sandbox, as LWS evaluates a component's resource.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { buildSync } from 'esbuild';
import type { Browser, Page } from 'playwright-core';

const root = path.resolve(__dirname, '../..');
export const RESOURCE_PATH = path.join(
  root,
  'force-app/main/default/staticresources/acdChatClient.resource',
);

function membraneScript(): string {
  const result = buildSync({
    entryPoints: [path.join(__dirname, 'lwsSandboxEntry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** What the LWC shell hands mount() besides the CRM (its utility item's properties). */
export interface ShellMountOptions {
  settings: Record<string, unknown>;
  signIn?: 'oauth' | 'simulator';
  oauthClientId?: string;
  loginBaseUrl?: string;
  callbackUrl?: string;
}

/** The shell's half inside the sandbox: mounts the client with a CRM that writes to the DOM. */
function shellScript(mountOptions: ShellMountOptions): string {
  // The CRM records what it is asked into #crm-calls: inside the membrane, new globals stay
  // in the sandbox, but DOM calls reach the page, where the test reads them.
  return `
;(function () {
  var calls = document.getElementById('crm-calls');
  function record(kind, detail) {
    var item = document.createElement('li');
    item.setAttribute('data-kind', kind);
    item.textContent = JSON.stringify(detail);
    calls.appendChild(item);
  }
  var crm = {
    screenPop: function (customer) { record('screenPop', customer); return Promise.resolve({ kind: 'none' }); },
    logInteraction: function (log) { record('logInteraction', log); return Promise.resolve({ recordId: '00T000000000001' }); },
    setAttention: function () {},
    currentContext: function () { return Promise.resolve({ locale: 'en-US' }); }
  };
  var options = ${JSON.stringify(mountOptions)};
  options.crm = crm;
  AcdChatClient.mount(document.getElementById('client'), options);
})();`;
}

export interface LwsPage {
  url: string;
  /**
   * Opens the page and evaluates resource + shell in a membrane (or plainly, to compare).
   * `mount` replaces the default (the simulator's picker, English); `locale` is the browser's.
   */
  open(
    browser: Browser,
    options: {
      membrane: boolean;
      mount?: ShellMountOptions;
      locale?: string;
      beforeLoad?: (page: Page) => Promise<void>;
    },
  ): Promise<Page>;
  close(): Promise<void>;
}

export async function startLwsPage(platformBaseUrl: string): Promise<LwsPage> {
  if (!existsSync(RESOURCE_PATH)) {
    throw new Error(`${RESOURCE_PATH} is missing: run npm run build:salesforce first.`);
  }
  const membrane = membraneScript();
  const resource = readFileSync(RESOURCE_PATH, 'utf8');
  const defaultMount: ShellMountOptions = {
    settings: { platformBaseUrl, language: 'en', ringing: false, callLogging: true },
    signIn: 'simulator',
  };
  const server: Server = createServer((req, res) => {
    if (req.url === '/membrane.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(membrane);
    } else {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          '<!doctype html><html lang="en"><head><title>Lightning page</title></head><body><main><div id="client"></div></main><ol id="crm-calls" hidden></ol><script src="/membrane.js"></script></body></html>',
        );
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/lightning/page`;
  return {
    url,
    async open(browser, { membrane: inMembrane, mount = defaultMount, locale, beforeLoad }) {
      const context = await browser.newContext({
        viewport: { width: 420, height: 900 },
        ...(locale === undefined ? {} : { locale }),
      });
      const page = await context.newPage();
      // The context goes with its page (each test opens its own).
      page.on('close', () => void context.close().catch(() => undefined));
      if (beforeLoad !== undefined) await beforeLoad(page);
      await page.goto(url);
      const source = `${resource}\n${shellScript(mount)}`;
      if (inMembrane) {
        await page.evaluate((text) => {
          window.evaluateInLwsSandbox(text);
        }, source);
      } else {
        await page.addScriptTag({ content: source });
      }
      return page;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
