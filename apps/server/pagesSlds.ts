// The built pages' SLDS: the pages import the full stylesheet (984 KB, what `npm start` in
// development serves), but a production build leaves that import empty and links instead SLDS
// purged to the rules the built scripts and pages use (scripts/build/sldsPurge.ts, as the
// host builds do). One hashed file for the standalone page and the demo, so either caches it.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { linkStylesheets, purgeSlds } from '../../scripts/build/sldsPurge';
import { filesUnder } from '../../scripts/build/sizeReport';

const FULL_SLDS = /[\\/]salesforce-lightning-design-system(\.min)?\.css$/;
const EMPTY = '\0acd-slds-linked-after-build';

/** The pages that link the purged stylesheet (the callback page uses no SLDS). */
export const STYLED_PAGES = ['standalone/index.html', 'demo/index.html'];

/** Build only: the full stylesheet's import becomes an empty module. */
export function withoutFullSlds(): Plugin {
  return {
    name: 'acd-without-full-slds',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source) => (FULL_SLDS.test(source) ? EMPTY : null),
    load: (id) => (id === EMPTY ? '' : null),
  };
}

/**
 * Purges SLDS against every built script and page under `outDir`, writes it as
 * assets/slds-<hash>.css and links it from the styled pages. Returns the file's path.
 */
export async function linkPurgedSlds(outDir: string): Promise<string> {
  const content = filesUnder(outDir).filter((file) => /\.(js|html)$/.test(file));
  const draft = path.join(outDir, 'assets', 'slds.css');
  // The toasts' and alerts' modifiers are assembled at run time (as in the embeddable build).
  await purgeSlds({ content, outFile: draft, keep: [/^slds-notify/] });
  const hash = createHash('sha256').update(readFileSync(draft)).digest('hex').slice(0, 10);
  const name = `slds-${hash}.css`;
  const file = path.join(outDir, 'assets', name);
  renameSync(draft, file);
  for (const page of STYLED_PAGES) linkStylesheets(path.join(outDir, page), [`/assets/${name}`]);
  return file;
}
