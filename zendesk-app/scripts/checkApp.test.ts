// The manifest check on the real app folder, and on broken copies of it (so it can fail).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkZendeskApp } from './checkApp';

const appDir = path.resolve(__dirname, '..');

let copy: string;
beforeEach(() => {
  copy = mkdtempSync(path.join(tmpdir(), 'zendesk-app-'));
  for (const part of ['manifest.json', 'translations', 'public', 'src/iframe.html']) {
    cpSync(path.join(appDir, part), path.join(copy, part), { recursive: true });
  }
});
afterEach(() => {
  rmSync(copy, { recursive: true, force: true });
});

function editJson(file: string, edit: (value: Record<string, unknown>) => void) {
  const target = path.join(copy, file);
  const value = JSON.parse(readFileSync(target, 'utf8')) as Record<string, unknown>;
  edit(value);
  writeFileSync(target, JSON.stringify(value));
}

describe('Zendesk app check', () => {
  it('passes on the app as committed', () => {
    expect(checkZendeskApp(appDir, 'source')).toEqual([]);
  });

  it('finds a manifest that is not JSON', () => {
    writeFileSync(path.join(copy, 'manifest.json'), '{ "name": ');
    expect(checkZendeskApp(copy)[0]).toMatch(/^manifest\.json: /);
  });

  it('finds missing keys, locations and urls', () => {
    editJson('manifest.json', (manifest) => {
      delete manifest.frameworkVersion;
      const support = (manifest.location as { support: Record<string, unknown> }).support;
      delete support.top_bar;
      support.ticket_sidebar = { flexible: true };
    });
    expect(checkZendeskApp(copy)).toEqual(
      expect.arrayContaining([
        'manifest.json: missing "frameworkVersion"',
        'manifest.json: no support.top_bar location',
        'manifest.json: support.ticket_sidebar has no url',
      ]),
    );
  });

  it('finds a sidebar that is not flexible and a top bar without the width it resizes to', () => {
    editJson('manifest.json', (manifest) => {
      const support = (manifest.location as { support: Record<string, Record<string, unknown>> })
        .support;
      support.ticket_sidebar = { url: 'assets/iframe.html', flexible: false };
      support.top_bar = { url: 'assets/iframe.html', size: { width: '100%', height: '600px' } };
    });
    expect(checkZendeskApp(copy)).toEqual(
      expect.arrayContaining([
        'manifest.json: support.ticket_sidebar must be flexible (its frame follows the apps tray width)',
        'manifest.json: support.top_bar.size.width must be 400px, the width the top bar asks for when it resizes',
      ]),
    );
  });

  it('finds a parameter without a label or help text in one language', () => {
    editJson('translations/ja.json', (translation) => {
      const parameters = (translation.app as { parameters: Record<string, Record<string, string>> })
        .parameters;
      delete parameters.callLogging?.helpText;
      delete parameters.autoAnswer;
    });
    expect(checkZendeskApp(copy)).toEqual([
      'translations/ja.json: parameter callLogging has no helpText',
      'translations/ja.json: parameter autoAnswer has no label',
      'translations/ja.json: parameter autoAnswer has no helpText',
    ]);
  });

  it('finds a parameter with no name, and labels of parameters that do not exist', () => {
    // The nameless parameter goes last; its place follows the manifest's own parameter count.
    let nameless = -1;
    editJson('manifest.json', (manifest) => {
      const parameters = (manifest.parameters as Record<string, unknown>[]).filter(
        (p) => p.name !== 'ringingDefault',
      );
      nameless = parameters.push({ type: 'text' }) - 1;
      manifest.parameters = parameters;
    });
    expect(nameless).toBeGreaterThan(0);
    expect(checkZendeskApp(copy)).toEqual([
      `manifest.json: parameter ${nameless} has no name`,
      'translations/en.json: ringingDefault is not a parameter',
      'translations/ja.json: ringingDefault is not a parameter',
    ]);
  });

  it('finds assets that do not exist', () => {
    rmSync(path.join(copy, 'public', 'logo-small.png'));
    editJson('manifest.json', (manifest) => {
      const support = (manifest.location as { support: Record<string, { url: string }> }).support;
      if (support.top_bar !== undefined) support.top_bar.url = 'assets/top_bar.html';
    });
    expect(checkZendeskApp(copy)).toEqual([
      'assets/top_bar.html: missing',
      'assets/logo-small.png: missing',
    ]);
  });

  it('after a build, wants the built files and what the HTML loads', () => {
    // Nothing was built into the copy: every asset is missing in built mode.
    expect(checkZendeskApp(copy, 'built')).toContain('assets/iframe.html: missing');
    cpSync(path.join(copy, 'public'), path.join(copy, 'assets'), { recursive: true });
    writeFileSync(
      path.join(copy, 'assets', 'iframe.html'),
      '<script type="module" src="./main-abc.js"></script><link rel="stylesheet" href="./slds.css">',
    );
    writeFileSync(path.join(copy, 'assets', 'slds.css'), '');
    expect(checkZendeskApp(copy, 'built')).toEqual([
      'assets/iframe.html: loads ./main-abc.js, which is missing',
    ]);
  });
});
