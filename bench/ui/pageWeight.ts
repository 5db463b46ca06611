// What the built standalone page loads before its list can show: every script and stylesheet
// its HTML names (the entry, the chunks it preloads, the purged SLDS), raw and gzip -9.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSize } from '../../scripts/build/sizeReport';

export interface PageWeight {
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
}

export function pageWeight(distDir: string, page = 'standalone/index.html'): PageWeight {
  const html = readFileSync(path.join(distDir, page), 'utf8');
  const weight: PageWeight = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
  for (const [, file = ''] of html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)) {
    const content = readFileSync(path.join(distDir, file));
    const kind = file.endsWith('.css') ? weight.css : weight.js;
    kind.raw += content.length;
    kind.gzip += gzipSize(content);
  }
  if (weight.js.raw === 0) throw new Error(`${page} names no script under /assets/`);
  return weight;
}
