// `npm run build:embeddable`: Vite builds the client page (index.html) and the OAuth callback
// page (callback.html) into embeddable/dist with relative URLs (any static host, any folder),
// purges SLDS to the rules the built markup uses, prints the sizes and fails over budget.
// config.json and framework.js are the deployer's: the build writes neither.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'lightningcss';
import { PurgeCSS } from 'purgecss';

export const JS_BUDGET_BYTES = 120 * 1024;

const repoRoot = path.resolve(__dirname, '../..');
const srcDir = path.join(repoRoot, 'embeddable/src');
export const defaultOutDir = path.join(repoRoot, 'embeddable/dist');
const sldsCss = path.join(
  repoRoot,
  'node_modules/@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.css',
);

async function bundle(outDir: string) {
  // Vite is an ES module; a CommonJS require of it breaks its plugin filters.
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: srcDir,
    publicDir: path.join(srcDir, 'public'),
    base: './',
    mode: 'production',
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    resolve: {
      alias: [{ find: /^@acd\/shared\//, replacement: `${path.join(repoRoot, 'shared/src')}/` }],
    },
    oxc: { jsx: { runtime: 'automatic' } },
    build: {
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      target: 'es2022',
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: {
          index: path.join(srcDir, 'index.html'),
          callback: path.join(srcDir, 'callback.html'),
        },
        // `npm start` runs this build on a fresh clone and must print no warning; rolldown warns
        // about plugin timings whenever a slow machine makes the build take a few seconds.
        checks: { bundlerTimings: false },
      },
    },
  });
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

async function purgeSlds(outDir: string) {
  const built = files(outDir).filter((file) => /\.(js|html)$/.test(file));
  const [result] = await new PurgeCSS().purge({
    content: built,
    css: [sldsCss],
    safelist: {
      standard: ['slds-scope', 'slds-assistive-text'],
      greedy: [
        /^slds-button_/,
        /^slds-icon_/,
        /^slds-is-/,
        /^slds-has-/,
        /^slds-theme_/,
        /^slds-notify/,
      ],
    },
    keyframes: true,
    variables: false,
  });
  const css = (result?.css ?? '')
    .replace(/@font-face\s*{[^}]*}/g, '')
    .replace(/url\((?!["']?data:)[^)]*\)/g, 'none');
  const { code } = transform({ filename: 'slds.css', code: Buffer.from(css), minify: true });
  writeFileSync(path.join(outDir, 'slds.css'), code);
  // The stylesheets are the build's (purged SLDS) and the public folder's (the frame's own).
  const page = path.join(outDir, 'index.html');
  writeFileSync(
    page,
    readFileSync(page, 'utf8').replace(
      '</head>',
      '  <link rel="stylesheet" href="./slds.css" />\n    <link rel="stylesheet" href="./embeddable.css" />\n  </head>',
    ),
  );
}

export interface SizeReport {
  files: { name: string; bytes: number; gzip: number }[];
  jsGzip: number;
}

export function measure(outDir: string): SizeReport {
  const list = files(outDir)
    .filter((file) => /\.(m?js|css|html)$/.test(file))
    .map((file) => {
      const content = readFileSync(file);
      return {
        name: path.relative(outDir, file),
        bytes: content.length,
        gzip: gzipSync(content, { level: 9 }).length,
      };
    });
  const jsGzip = list.filter((f) => /\.m?js$/.test(f.name)).reduce((sum, f) => sum + f.gzip, 0);
  return { files: list, jsGzip };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function buildEmbeddable(outDir: string = defaultOutDir): Promise<SizeReport> {
  await bundle(outDir);
  await purgeSlds(outDir);
  return measure(outDir);
}

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] ?? defaultOutDir);
  buildEmbeddable(outDir).then(
    (report) => {
      console.log(`${path.relative(repoRoot, outDir) || outDir} (gzip -9):`);
      for (const file of report.files) {
        console.log(
          `  ${file.name.padEnd(40)} ${kb(file.bytes).padStart(10)} ${kb(file.gzip).padStart(10)}`,
        );
      }
      console.log(`  all JavaScript: ${kb(report.jsGzip)} of ${kb(JS_BUDGET_BYTES)}`);
      if (report.jsGzip > JS_BUDGET_BYTES) {
        console.error(
          `The embeddable client's JavaScript is over budget by ${kb(report.jsGzip - JS_BUDGET_BYTES)}.`,
        );
        process.exit(1);
      }
    },
    (error: unknown) => {
      console.error(`The build failed: ${String(error)}`);
      process.exit(1);
    },
  );
}
