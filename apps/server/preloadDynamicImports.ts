// A page's first script may stay small and import the bulk of its code dynamically, to work
// while that code loads (apps/standalone/main.tsx sends the start-up reads), and that code may
// import its view the same way, to start while the view compiles. Vite links a page's static
// imports as modulepreload; this links the page's start-up chunks too (the chunks
// headed by the modules viteConfig.ts names, reachable from the page), with what they import,
// so they download beside the first script instead of one after the other. Other dynamic
// imports stay lazy.
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';
import { isStartUpChunk, type StartUpModules } from './compileHints';

/**
 * The start-up chunks `entry` reaches, and what they import statically, that it does not
 * already load: in the order it reaches them.
 */
export function startUpChunksOf(
  entry: Rollup.OutputChunk,
  bundle: Rollup.OutputBundle,
  modules: StartUpModules,
): string[] {
  const chunkOf = (fileName: string) => {
    const output = bundle[fileName];
    return output?.type === 'chunk' ? output : undefined;
  };
  const loaded = new Set<string>();
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
  // Every chunk the page can reach, statically or not, once; the start-up ones are wanted.
  const reached = new Set<string>();
  const reach = (fileName: string) => {
    if (reached.has(fileName)) return;
    reached.add(fileName);
    const chunk = chunkOf(fileName);
    if (chunk === undefined) return;
    if (isStartUpChunk(chunk, modules)) want(fileName);
    chunk.imports.forEach(reach);
    chunk.dynamicImports.forEach(reach);
  };
  reach(entry.fileName);
  return wanted;
}

export function preloadDynamicImports(modules: StartUpModules): Plugin {
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
        return startUpChunksOf(chunk, bundle, modules).map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` },
          injectTo: 'head',
        }));
      },
    },
  };
}
