// Issue 15's options page in a browser: the Chrome build loaded unpacked, its options page
// opened as chrome-extension://<id>/options/options.html. The agent (or admin) fills every
// setting of hosts.md and saves; a panel opened afterwards uses them: the language, the
// simulator's sign-in, ringing off, the screen pop opening the templated URL, and call
// logging POSTing the finished chat's log to the web hook. Refused input says the rule at the
// field and stores nothing. Managed values show read-only. axe on the page; en and ja (the
// browser's language, which the page follows until a language is saved).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { startLoopbackServer, type LoopbackServer } from '@acd/mocks/server/loopbackServer';
import { SEED_IDS } from '@acd/mocks/engine/seedData';
import type { Language } from '@acd/shared';
import { embedText } from '@acd/shared/embed';
import { createSimulatorControl } from '../apps/demo/simulatorControl';
import { extensionText } from '../extension/src/extensionText';
import { chooseWrapupCode } from './harness/agentSteps';
import { axeViolations } from './harness/axe';
import { describeInBrowser } from './harness/describeInBrowser';
import {
  ensureChromeBuild,
  launchExtension,
  type ExtensionBrowser,
} from './harness/extensionBrowser';
import { layoutProblems } from './harness/layoutCheck';
import { agentView, gone, shows } from './harness/locators';
import { LANGUAGES, namesFor } from './harness/names';
import { eventually } from './harness/eventually';

/** A call-log web hook on this machine that accepts CORS from the extension, as docs say. */
async function startWebhook(origin: string) {
  const received: { path: string; body: unknown }[] = [];
  const server: Server = createServer((req, res) => {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-allow-headers', 'content-type');
    res.setHeader('access-control-allow-methods', 'POST');
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(body) as unknown });
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `log-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

beforeAll(() => {
  ensureChromeBuild();
}, 120_000);

describeInBrowser.each(LANGUAGES)('the extension options page (%s)', (language) => {
  const t = (key: Parameters<typeof extensionText>[1], lang: Language = language) =>
    extensionText(lang, key);
  /** The panel's language the options choose: the other one, so the change shows. */
  const chosen: Language = language === 'en' ? 'ja' : 'en';
  const names = namesFor(chosen);
  const customer = chosen === 'ja' ? '山本 光' : 'Opal Options';
  const email = chosen === 'ja' ? 'hikari@example.com' : 'opal+opts@example.com';
  const code = chosen === 'ja' ? '解決済み' : 'Resolved';
  let sim: LoopbackServer;
  let ext: ExtensionBrowser;
  let hook: Awaited<ReturnType<typeof startWebhook>>;

  beforeAll(async () => {
    sim = await startLoopbackServer({ port: 0 });
    ext = await launchExtension(language);
    sim.trustOrigins(ext.origin);
    hook = await startWebhook(ext.origin);
  }, 60_000);

  afterAll(async () => {
    await ext.close();
    await sim.close();
    await hook.close();
  });

  const field = (page: Page, key: Parameters<typeof extensionText>[1]) =>
    page.getByLabel(t(key), { exact: true });
  const save = (page: Page) =>
    page.getByRole('button', { name: t('options.save'), exact: true }).click();
  /** Ticks or clears a checkbox as an agent does, by its label (SLDS draws the box over it). */
  const setFlag = async (page: Page, key: Parameters<typeof extensionText>[1], on: boolean) => {
    const box = field(page, key);
    if ((await box.isChecked()) !== on)
      await page.locator(`label[for="${(await box.getAttribute('id')) ?? ''}"]`).click();
    expect(await box.isChecked()).toBe(on);
  };
  /** The field's accessible description (the managed note, the rule it broke). */
  const description = (page: Page, key: Parameters<typeof extensionText>[1]) =>
    field(page, key).evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim(),
    );

  it('refuses a template with an unknown placeholder and an http web hook off this machine', async () => {
    const options = await ext.open('options/options.html');
    await shows(options.getByRole('heading', { name: t('options.title') }), 'the options page');
    expect(await options.title()).toBe(t('options.title'));
    expect(await axeViolations(options)).toEqual([]);
    expect(await layoutProblems(options)).toEqual([]);
    await options.setViewportSize({ width: 320, height: 900 });
    expect(await layoutProblems(options)).toEqual([]);

    await field(options, 'options.platformBaseUrl').fill(sim.url);
    await field(options, 'options.screenPopUrlTemplate').fill(
      'https://crm.example.com/search?q={mail}',
    );
    await field(options, 'options.callLogWebhookUrl').fill('http://hooks.example.com/log');
    await save(options);

    // The form's own alert (each refused field's rule is its own, smaller alert).
    const alert = options.locator('form > [role="alert"]');
    await shows(alert, 'the refusal');
    expect(await alert.textContent()).toBe(
      extensionText(language, 'options.invalid', {
        message: `${t('options.screenPopUrlTemplate')}, ${t('options.callLogWebhookUrl')}`,
      }),
    );
    expect(await field(options, 'options.screenPopUrlTemplate').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await description(options, 'options.screenPopUrlTemplate')).toBe(
      t('options.rule.template'),
    );
    expect(await description(options, 'options.callLogWebhookUrl')).toBe(
      t('options.rule.secureUrl'),
    );
    expect(await field(options, 'options.platformBaseUrl').getAttribute('aria-invalid')).toBeNull();
    // The first refused field has the focus; what was typed is still there to correct.
    expect(
      await field(options, 'options.screenPopUrlTemplate').evaluate(
        (el) => el === document.activeElement,
      ),
    ).toBe(true);
    expect(await field(options, 'options.callLogWebhookUrl').inputValue()).toBe(
      'http://hooks.example.com/log',
    );
    // Nothing stored, not even the valid platform URL.
    expect(await ext.read('local', 'settings')).toBeUndefined();
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  it('saves every setting and a panel opened afterwards uses them', async () => {
    const options = await ext.open('options/options.html');
    await shows(options.getByRole('heading', { name: t('options.title') }), 'the options page');
    await field(options, 'options.platformBaseUrl').fill(sim.url);
    await field(options, 'options.oauthClientId').fill('extension-options-e2e');
    await options.getByLabel(t('options.signIn'), { exact: true }).selectOption('simulator');
    await setFlag(options, 'options.callLogging', true);
    await setFlag(options, 'options.ringingDefault', false);
    await options.getByLabel(t('options.language'), { exact: true }).selectOption(chosen);
    await field(options, 'options.screenPopUrlTemplate').fill(
      `${sim.url}/crm/search?q={email}&chat={conversationId}`,
    );
    await field(options, 'options.callLogWebhookUrl').fill(`${hook.url}/acd-log`);
    await save(options);
    await shows(options.getByRole('status'), 'the saved note');
    expect(await options.getByRole('status').textContent()).toBe(t('options.saved'));
    expect(await ext.read('local', 'settings')).toEqual({
      platformBaseUrl: sim.url,
      loginBaseUrl: '',
      oauthClientId: 'extension-options-e2e',
      signIn: 'simulator',
      callLogging: true,
      autoAnswer: false,
      ringingDefault: false,
      language: chosen,
      screenPopUrlTemplate: `${sim.url}/crm/search?q={email}&chat={conversationId}`,
      callLogWebhookUrl: `${hook.url}/acd-log`,
    });
    expect(await axeViolations(options)).toEqual([]);

    // Opened again, the page shows what was saved, in the saved language.
    await options.reload();
    await shows(
      options.getByRole('heading', { name: t('options.title', chosen) }),
      'the options page in the saved language',
    );
    expect(
      await options.getByLabel(t('options.platformBaseUrl', chosen), { exact: true }).inputValue(),
    ).toBe(sim.url);
    await options.close();

    // The panel: the saved language, the simulator's picker, the saved platform.
    const panel = await ext.open('panel/panel.html');
    await panel.getByRole('radio', { name: /^Alex Morgan/ }).check();
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe(chosen);
    await panel
      .getByRole('button', { name: embedText(chosen, 'signIn.submit'), exact: true })
      .click();
    const view = agentView(panel, names);
    await shows(view.list, 'the list, in the saved language');
    // Ringing off by default.
    expect(
      await panel
        .getByRole('checkbox', { name: names.text('settings.ringing'), exact: true })
        .isChecked(),
    ).toBe(false);

    const { access_token: token } = await createSimulatorControl(sim.url).login(SEED_IDS.agentAlex);
    await createSimulatorControl(sim.url).goOnQueue(SEED_IDS.agentAlex, token);
    const { conversationId } = await createSimulatorControl(sim.url).startChat({
      queueId: SEED_IDS.queueSupport,
      customerName: customer,
      customerEmail: email,
      firstMessage: 'Hello from the options test',
    });
    const alerting = view.row(customer, names.text('state.alerting'));
    await shows(alerting, 'the alerting chat');

    // Pick up: the screen pop opens the saved template's URL.
    const popped = ext.context.waitForEvent('page');
    await view.button(alerting, names.pickUp).click();
    const tab = await popped;
    const url = new URL(tab.url());
    expect(`${url.origin}${url.pathname}`).toBe(`${sim.url}/crm/search`);
    expect(url.searchParams.get('q')).toBe(email);
    expect(url.searchParams.get('chat')).toBe(conversationId);
    await tab.close();

    // Disconnect and wrap up: call logging POSTs the log to the saved web hook.
    const connected = view.row(customer, names.text('state.connected'));
    await shows(connected, 'the connected chat');
    await view.button(connected, names.disconnect).click();
    await shows(view.wrapup, 'the wrap-up');
    await chooseWrapupCode(panel, view, code);
    await view.done.click();
    await gone(view.row(customer), 'the finished chat');
    const [log] = await eventually(
      () => hook.received,
      (list) => list.length > 0,
      'the log at the web hook',
    );
    expect(log?.path).toBe('/acd-log');
    expect(log?.body).toMatchObject({
      conversationId,
      customer: { name: customer, email },
      wrapupCode: { name: code },
    });
    expect(ext.errors).toEqual([]);
  });

  it('shows the values a policy sets read-only', async () => {
    // Chromium reads a policy only from /etc (root, and the whole machine's browsers), so the
    // browser's managed storage is given this policy in this page before its script runs.
    const policy = {
      platformBaseUrl: 'https://api.mypurecloud.de',
      callLogging: false,
      language: chosen,
    };
    const options = await ext.context.newPage();
    await options.addInitScript((managed) => {
      const storage = (
        globalThis as unknown as {
          chrome: { storage: { managed: { get(keys: unknown): Promise<unknown> } } };
        }
      ).chrome.storage;
      Object.defineProperty(storage, 'managed', {
        value: { get: () => Promise.resolve(managed) },
      });
    }, policy);
    await options.goto(`${ext.origin}/options/options.html`);
    const lang = chosen; // the policy's
    await shows(options.getByRole('heading', { name: t('options.title', lang) }), 'the page');
    const platform = options.getByLabel(t('options.platformBaseUrl', lang), { exact: true });
    expect(await platform.inputValue()).toBe(policy.platformBaseUrl);
    expect(await platform.getAttribute('readonly')).not.toBeNull();
    expect(await platform.evaluate((el) => el.getAttribute('aria-describedby'))).not.toBeNull();
    await shows(options.getByText(t('options.managed', lang)).first(), 'the managed note');
    const logging = options.getByLabel(t('options.callLogging', lang), { exact: true });
    expect(await logging.isDisabled()).toBe(true);
    expect(await logging.isChecked()).toBe(false);
    const languageSelect = options.getByLabel(t('options.language', lang), { exact: true });
    expect(await languageSelect.isDisabled()).toBe(true);
    expect(await languageSelect.inputValue()).toBe(chosen);
    // The agent's own fields stay editable; saving keeps the policy's keys out of storage.
    const hookField = options.getByLabel(t('options.callLogWebhookUrl', lang), { exact: true });
    expect(await hookField.isEditable()).toBe(true);
    await hookField.fill(`${hook.url}/other`);
    await options.getByRole('button', { name: t('options.save', lang), exact: true }).click();
    await shows(options.getByRole('status'), 'the saved note');
    const stored = (await ext.read('local', 'settings')) as Record<string, unknown>;
    expect(stored.callLogWebhookUrl).toBe(`${hook.url}/other`);
    expect(stored).not.toHaveProperty('platformBaseUrl');
    expect(stored).not.toHaveProperty('callLogging');
    expect(stored).not.toHaveProperty('language');
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });
});
