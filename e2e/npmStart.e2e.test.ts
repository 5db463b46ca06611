// `npm start` on a fresh machine: the demo server (Vite in development mode) prints the
// simulator, demo and standalone URLs; the pages work in chromium; SIGTERM stops it cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './harness/chromium';
import { describeInBrowser } from './harness/describeInBrowser';
import { gone, shows } from './harness/locators';
import { saveScreenshot } from './harness/artifacts';
import { axeViolations } from './harness/axe';

const root = path.resolve(__dirname, '..');

describeInBrowser('npm start', () => {
  let child: ChildProcess;
  let browser: Browser;
  let output = '';
  const urls: Record<'simulator' | 'demo' | 'standalone', string> = {
    simulator: '',
    demo: '',
    standalone: '',
  };

  beforeAll(async () => {
    // What `npm start` runs: one node process with tsx's loader, so a signal reaches the
    // demo's own handler (tsx's CLI parent gave its child 2 x 30 ms to answer a relayed
    // SIGTERM, then killed it: exit 143 on a busy machine).
    child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/startDemo.ts'], {
      cwd: root,
      env: { ...process.env, PORT: '0', ACD_PORT: '0', DEMO_PAGES: 'vite' },
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`npm start printed no URLs in time:\n${output}`));
      }, 60_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const simulator = /simulator: (http:\/\/\S+)/.exec(output)?.[1];
        const demo = /Demo .*: (http:\/\/\S+)/.exec(output)?.[1];
        const standalone = /Standalone agent client: (http:\/\/\S+)/.exec(output)?.[1];
        if (simulator !== undefined && demo !== undefined && standalone !== undefined) {
          Object.assign(urls, { simulator, demo, standalone });
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.once('exit', (code) => {
        reject(new Error(`npm start exited with ${String(code)}:\n${output}`));
      });
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('serves the standalone client at /standalone/ with the simulator sign-in', async () => {
    expect(urls.standalone).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/standalone\/$/);
    const page = await browser.newPage();
    await page.goto(urls.standalone);
    const form = page.getByRole('form', { name: 'Sign in to the ACD platform' });
    await shows(form, 'the sign-in form');
    await page.getByRole('radio', { name: /Alex Morgan/ }).check();
    await saveScreenshot(page, 'sign-in-en');
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await shows(page.getByRole('region', { name: 'Interactions', exact: true }), 'the list');
    await gone(form, 'the sign-in form');
    await page.close();
  });

  it('takes the language and the platform from the query', async () => {
    const page = await browser.newPage();
    await page.goto(`${urls.standalone}?lang=ja&platform=${encodeURIComponent(urls.simulator)}`);
    await shows(
      page.getByRole('form', { name: 'ACD プラットフォームにサインイン' }),
      'the Japanese sign-in form',
    );
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await page.close();
  });

  it('serves the demo with the customer simulator beside the agent client', async () => {
    const page = await browser.newPage();
    await page.goto(urls.demo);
    await shows(page.getByRole('heading', { name: 'Customer simulator' }), 'the customer panel');
    await shows(page.getByRole('button', { name: 'Start chat' }), 'Start chat');
    await shows(
      page.getByRole('link', { name: 'Open a second client of the same agent' }),
      'the second-client link',
    );
    const client = page.frameLocator('iframe[title="Agent client"]');
    await shows(
      client.getByRole('region', { name: 'Interactions', exact: true }),
      'the agent list',
    );
    await saveScreenshot(page, 'demo');
    await page.close();
  });

  it("works on a newcomer's first click: open the demo, Start chat, the chat alerts", async () => {
    const page = await browser.newPage();
    await page.goto(urls.demo);
    const client = page.frameLocator('iframe[title="Agent client"]');
    const list = client.getByRole('region', { name: 'Interactions', exact: true });
    await shows(list, 'the agent list');
    await page.getByRole('button', { name: 'Start chat' }).click();
    // Nobody touched the presence menu: the demo's agent is On Queue, so the chat alerts.
    await shows(list.getByRole('button', { name: 'Pick up' }), 'Pick up on the alerting chat');
    await shows(list.getByRole('listitem', { name: /^Pat Lee/ }), "the customer's row");
    await page.close();
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => {
      child.once('exit', (code) => {
        resolve(code);
      });
    });
    child.kill('SIGTERM');
    await expect(exited).resolves.toBe(0);
    expect(output).toContain('SIGTERM: stopping the demo');
  });
});
