// A page's first script may stay small and import the bulk of its code dynamically, to work
// while that code loads (apps/standalone/main.tsx sends the start-up reads). Vite links only
// a page's static imports as modulepreload; this links its dynamically imported chunks too,
// with what they import, so they download beside the first script instead of after it.
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';

/** The chunks `entry` imports dynamically, and theirs statically, that it does not already load. */
export function dynamicChunksOf(entry: Rollup.OutputChunk, bundle: Rollup.OutputBundle): string[] {
  const loaded = new Set<string>();
  const chunkOf = (fileName: string) => {
    const output = bundle[fileName];
    return output?.type === 'chunk' ? output : undefined;
  };
  const loadStatic = (fileName: string) => {
    if (loaded.has(fileName)) return;
    loaded.add(fileName);
    chunkOf(fileName)?.imports.forEach(loadStatic);
  };
  loadStatic(entry.fileName);
  const wanted: string[] = [];
  const want = (fileName: string) => {
    if (loaded.has(fileName)) return;
    loaded.add(fileName);
    const chunk = chunkOf(fileName);
    if (chunk === undefined) return;
    wanted.push(fileName);
    chunk.imports.forEach(want);
  };
  entry.dynamicImports.forEach(want);
  return wanted;
}

export function preloadDynamicImports(): Plugin {
  let base = '/';
  return {
    name: 'acd-preload-dynamic-imports',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle, chunk }): HtmlTagDescriptor[] => {
        if (bundle === undefined || chunk === undefined) return [];
        return dynamicChunksOf(chunk, bundle).map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` },
          injectTo: 'head',
        }));
      },
    },
  };
}
