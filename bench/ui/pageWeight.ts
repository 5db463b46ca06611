// What the built standalone page loads before its list can show: every script and stylesheet
// its HTML names (the entry, the chunks it preloads, the purged SLDS), raw and gzip -9.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSize } from '../../scripts/build/sizeReport';

export interface PageWeight {
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
}

/** The scripts and stylesheets a built page names, as paths under `distDir` (`assets/…`). */
export function pageAssets(distDir: string, page = 'standalone/index.html'): string[] {
  const html = readFileSync(path.join(distDir, page), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    ([, file = '']) => file,
  );
}

export function pageWeight(distDir: string, page = 'standalone/index.html'): PageWeight {
  const weight: PageWeight = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
  for (const file of pageAssets(distDir, page)) {
    const content = readFileSync(path.join(distDir, file));
    const kind = file.endsWith('.css') ? weight.css : weight.js;
    kind.raw += content.length;
    kind.gzip += gzipSize(content);
  }
  if (weight.js.raw === 0) throw new Error(`${page} names no script under /assets/`);
  return weight;
}
