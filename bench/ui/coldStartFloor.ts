// Two pages that calibrate the cold-start figure to the machine it runs on. Both show the
// four rows with an enabled Chat button that the cold start waits for, with no client behind
// them:
// - `empty/`: nothing else. The browser's own cost of a new context, a navigation, one tiny
//   module and a render: no page on this machine starts faster.
// - `bytes/`: the same, after fetching and compiling every script and stylesheet the built
//   standalone page names (preloaded, never run): what the client's bytes cost before any of
//   its code runs.
// The client's figure minus the second is the part its code and its round trips add.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pageAssets } from './pageWeight';

/** Renders what the cold-start observer waits for: four rows, each with an enabled Chat. */
const FOUR_ROWS = `const list = document.createElement('ul');
for (let i = 0; i < 4; i += 1) {
  const row = document.createElement('li');
  row.className = 'acd-row';
  const actions = document.createElement('div');
  actions.className = 'acd-row-actions';
  const chat = document.createElement('button');
  chat.type = 'button';
  chat.textContent = 'Chat';
  actions.append(chat);
  row.append(actions);
  list.append(row);
}
document.getElementById('agent-client').append(list);
`;

function page(title: string, head: string[]): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8" />',
    '<link rel="icon" href="data:," />',
    `<title>${title}</title>`,
    ...head,
    '<script type="module" src="/floor/fourRows.js"></script>',
    '</head>',
    '<body class="slds-scope"><div id="agent-client"></div></body>',
    '</html>',
  ].join('\n');
}

/**
 * Writes the calibration pages into `outDir` (served at its root): `empty/`, `bytes/`, and
 * the standalone page's assets for the second. Returns their paths.
 */
export function writeFloorPages(
  pagesDir: string,
  outDir: string,
): { empty: string; bytes: string } {
  mkdirSync(path.join(outDir, 'floor'), { recursive: true });
  writeFileSync(path.join(outDir, 'floor', 'fourRows.js'), FOUR_ROWS);
  const assets = pageAssets(pagesDir);
  for (const file of assets) {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    copyFileSync(path.join(pagesDir, file), path.join(outDir, file));
  }
  const preloads = assets.map((file) =>
    file.endsWith('.css')
      ? `<link rel="stylesheet" href="/${file}" />`
      : `<link rel="modulepreload" crossorigin href="/${file}" />`,
  );
  for (const [name, head] of [
    ['empty', []],
    ['bytes', preloads],
  ] as const) {
    mkdirSync(path.join(outDir, name), { recursive: true });
    writeFileSync(path.join(outDir, name, 'index.html'), page(`Floor: ${name}`, [...head]));
  }
  return { empty: 'empty/', bytes: 'bytes/' };
}
