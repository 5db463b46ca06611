// A page's first script imports the client's code dynamically (apps/standalone/main.tsx), and
// the build preloads that code beside it (preloadDynamicImports.ts): the client's chunks are
// fetched and parsed on background threads while the first script works, and nearly every
// function in them runs before the list shows. The compile hint (`//# allFunctionsCalledOnLoad`,
// enabled by default in Chromium since 136; other engines ignore a comment) has those
// background threads compile them too, instead of the main thread compiling each on its first
// call. Only the start-up chunks: hinting the first script's own imports made it wait for
// their eager compile, which measured slower (docs/benchmarks.md, round twelve).
import type { Plugin, Rollup } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * The modules a page loads at once, each the head of a chunk of its own, named by the build
 * (viteConfig.ts): code imported dynamically so that the page works while it loads, not code
 * a page may want later.
 */
export type StartUpModules = readonly string[];

/** Whether `chunk` is headed by a start-up module. */
export function isStartUpChunk(
  chunk: { isDynamicEntry: boolean; facadeModuleId: string | null },
  modules: StartUpModules,
): boolean {
  return (
    chunk.isDynamicEntry && chunk.facadeModuleId !== null && modules.includes(chunk.facadeModuleId)
  );
}

/** The chunks headed by a start-up module. */
export function startUpChunks(
  bundle: Rollup.OutputBundle,
  modules: StartUpModules,
): Rollup.OutputChunk[] {
  return Object.values(bundle).filter(
    (output): output is Rollup.OutputChunk =>
      output.type === 'chunk' && isStartUpChunk(output, modules),
  );
}

export function compileHints(modules: StartUpModules): Plugin {
  return {
    name: 'acd-compile-hints',
    apply: 'build',
    // The hint is added after the file names are hashed: the hash of a chunk that carries it
    // takes the hint in too, so a build that adds, changes or drops it renames the file.
    augmentChunkHash: (chunk) => (isStartUpChunk(chunk, modules) ? COMPILE_HINT : undefined),
    generateBundle: (_options, bundle) => {
      // After minifying, which drops comments. (No source maps are built for the pages; one
      // would be a line off.)
      for (const chunk of startUpChunks(bundle, modules)) chunk.code = COMPILE_HINT + chunk.code;
    },
  };
}
