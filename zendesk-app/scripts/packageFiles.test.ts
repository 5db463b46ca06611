// The app zip holds what .zcliignore lets through (the rules zcli apps:package applies):
// manifest.json, translations/ and assets/, nothing from the sources or the tooling.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { packageFiles } from './packageFiles';

const appDir = path.resolve(__dirname, '..');

describe('the files of the app zip', () => {
  let copy: string;

  beforeEach(() => {
    copy = mkdtempSync(path.join(tmpdir(), 'acd-zendesk-app-'));
    cpSync(appDir, copy, {
      recursive: true,
      filter: (source) => !source.startsWith(path.join(appDir, 'assets')),
    });
    // The built assets, as npm run build:zendesk leaves them.
    mkdirSync(path.join(copy, 'assets', 'chunks'), { recursive: true });
    for (const file of ['iframe.html', 'logo.png', 'chunks/main.js']) {
      writeFileSync(path.join(copy, 'assets', file), 'x');
    }
  });
  afterEach(() => {
    rmSync(copy, { recursive: true, force: true });
  });

  it('ships the manifest, the translations and the built assets only', () => {
    // Strays a developer might leave in the folder.
    writeFileSync(path.join(copy, '.env'), 'TOKEN=secret');
    writeFileSync(path.join(copy, 'zcli.apps.config.json'), '{}');
    writeFileSync(path.join(copy, 'translations', 'notes.md'), 'draft');

    expect(packageFiles(copy)).toEqual([
      'assets/chunks/main.js',
      'assets/iframe.html',
      'assets/logo.png',
      'manifest.json',
      'translations/en.json',
      'translations/ja.json',
    ]);
  });

  it('refuses to guess when .zcliignore is missing', () => {
    rmSync(path.join(copy, '.zcliignore'));
    expect(() => packageFiles(copy)).toThrow(/\.zcliignore is missing/);
  });
});
