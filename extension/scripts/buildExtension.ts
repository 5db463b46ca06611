// `npm run build:extension`: one Vite build of the pages and the background script, then a
// manifest per browser: extension/dist/chrome and extension/dist/firefox, each also zipped.
// The JavaScript the panel page loads must stay within the budget (gzip -9).
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import type { Plugin } from 'vite';
import { buildManifest, type Browser } from '../manifest/buildManifest';
import { managedSchema } from '../manifest/managedSchema';
import { preactCompat } from '../../scripts/build/preactCompat';

// 125.9 KB before the build swapped React DOM for preact/compat (../../scripts/build/
// preactCompat.ts), 92.0 KB after.
export const PANEL_JS_BUDGET_BYTES = 100 * 1024;

const repoRoot = path.resolve(import.meta.dirname, '../..');
const extensionDir = path.join(repoRoot, 'extension');
const srcDir = path.join(extensionDir, 'src');
export const distDir = path.join(extensionDir, 'dist');
const stageDir = path.join(distDir, 'stage');

const PANEL_PAGE = 'panel/panel.html';
const OPTIONS_PAGE = 'options/options.html';
const BACKGROUND = 'background.js';

/** `@acd/shared/<path>` as the workspace's source file (.ts, .tsx or a folder's index.ts). */
function sharedSources(): Plugin {
  const sharedSrc = path.join(repoRoot, 'shared/src');
  return {
    name: 'acd-shared-sources',
    enforce: 'pre',
    resolveId(id) {
      if (!id.startsWith('@acd/shared/')) return null;
      const base = path.join(sharedSrc, id.slice('@acd/shared/'.length));
      for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
        if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
      }
      return null;
    },
  };
}

async function bundle() {
  // Vite is an ES module; a CommonJS require of it (tsx runs this file as CommonJS) breaks its
  // plugin filters, the alias plugin's included.
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: srcDir,
    publicDir: false,
    base: './',
    mode: 'production',
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [sharedSources()],
    resolve: { alias: preactCompat },
    oxc: { jsx: { runtime: 'automatic' } },
    build: {
      outDir: stageDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      // lightningcss rejects an SLDS selector (:nth-child(1 of ...)); the CSS ships as published.
      cssMinify: false,
      target: 'es2022',
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: {
          panel: path.join(srcDir, PANEL_PAGE),
          options: path.join(srcDir, OPTIONS_PAGE),
          background: path.join(srcDir, 'background/serviceWorker.ts'),
        },
        output: {
          // The manifests name the background script: a fixed file name, no hash.
          entryFileNames: (chunk) =>
            chunk.name === 'background' ? BACKGROUND : 'assets/[name]-[hash].js',
        },
      },
    },
  });
}

function copyStatic() {
  const icons = path.join(stageDir, 'icons');
  mkdirSync(path.join(icons, 'utility-sprite/svg'), { recursive: true });
  cpSync(
    path.join(repoRoot, 'zendesk-app/public/logo-small.png'),
    path.join(icons, 'icon-128.png'),
  );
  // The agent UI's SLDS icons (utility sprite) travel with the extension: no remote assets.
  cpSync(
    path.join(
      repoRoot,
      'node_modules/@salesforce-ux/design-system/assets/icons/utility-sprite/svg/symbols.svg',
    ),
    path.join(icons, 'utility-sprite/svg/symbols.svg'),
  );
  writeFileSync(path.join(stageDir, 'managed_schema.json'), JSON.stringify(managedSchema, null, 2));
}

function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, base) : [path.relative(base, full)];
  });
}

/** The scripts the panel page loads: its module entry and the chunks it preloads. */
export function panelScripts(root: string): string[] {
  const html = readFileSync(path.join(root, PANEL_PAGE), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    // Static imports between chunks: `from"./x.js"` / `import"./x.js"` in minified output.
    const code = readFileSync(path.join(root, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
      visit(path.relative(root, path.resolve(path.dirname(path.join(root, file)), m[1] ?? '')));
    }
  };
  for (const ref of refs) visit(path.relative(root, path.resolve(path.join(root, 'panel'), ref)));
  return [...files];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function packageFor(browser: Browser, version: string) {
  const out = path.join(distDir, browser);
  rmSync(out, { recursive: true, force: true });
  cpSync(stageDir, out, { recursive: true });
  const manifest = buildManifest(browser, {
    version,
    panelPage: PANEL_PAGE,
    optionsPage: OPTIONS_PAGE,
    background: BACKGROUND,
    managedSchema: 'managed_schema.json',
    icons: { '128': 'icons/icon-128.png' },
  });
  writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  if (browser === 'firefox') rmSync(path.join(out, 'managed_schema.json'));
  const entries = Object.fromEntries(
    filesUnder(out).map((file) => [
      file.split(path.sep).join('/'),
      readFileSync(path.join(out, file)),
    ]),
  );
  const zip = zipSync(entries, { level: 9 });
  const zipFile = path.join(distDir, `acd-chat-${browser}-${version}.zip`);
  writeFileSync(zipFile, zip);
  return { out, zipFile, zipBytes: zip.length };
}

async function main() {
  const started = Date.now();
  rmSync(distDir, { recursive: true, force: true });
  await bundle();
  copyStatic();
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  const scripts = panelScripts(stageDir);
  let panelGzip = 0;
  console.log('extension panel JavaScript (gzip -9):');
  for (const file of scripts) {
    const content = readFileSync(path.join(stageDir, file));
    const gz = gzipSync(content, { level: 9 }).length;
    panelGzip += gz;
    console.log(`  ${file.padEnd(40)} ${kb(content.length).padStart(10)} ${kb(gz).padStart(10)}`);
  }
  for (const browser of ['chrome', 'firefox'] as const) {
    const { out, zipFile, zipBytes } = packageFor(browser, version);
    console.log(
      `  ${path.relative(repoRoot, out)}/ -> ${path.relative(repoRoot, zipFile)} (${kb(zipBytes)})`,
    );
  }
  rmSync(stageDir, { recursive: true, force: true });
  console.log(
    `  panel JavaScript: ${kb(panelGzip)} of ${kb(PANEL_JS_BUDGET_BYTES)} (${Date.now() - started} ms)`,
  );
  if (panelGzip > PANEL_JS_BUDGET_BYTES) {
    console.error(
      `The panel's JavaScript is over budget by ${kb(panelGzip - PANEL_JS_BUDGET_BYTES)}.`,
    );
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
