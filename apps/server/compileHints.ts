// A page's first script imports the client's code dynamically (apps/standalone/main.tsx), and
// the build preloads that code beside it (preloadDynamicImports.ts): the client chunk is
// fetched and parsed on a background thread while the first script works, and nearly every
// function in it runs before the list shows. The compile hint (`//# allFunctionsCalledOnLoad`,
// enabled by default in Chromium since 136; other engines ignore a comment) has that
// background thread compile them too, instead of the main thread compiling each on its first
// call. Only those chunks: hinting the first script's own imports made it wait for their
// eager compile, which measured slower (docs/benchmarks.md, round twelve).
import type { Plugin, Rollup } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The chunks the bundle's entries import dynamically: each page's client code. */
export function dynamicallyImportedChunks(bundle: Rollup.OutputBundle): Rollup.OutputChunk[] {
  const names = new Set<string>();
  for (const output of Object.values(bundle)) {
    if (output.type === 'chunk' && output.isEntry)
      output.dynamicImports.forEach((n) => names.add(n));
  }
  return [...names]
    .map((name) => bundle[name])
    .filter((output): output is Rollup.OutputChunk => output?.type === 'chunk');
}

export function compileHints(): Plugin {
  return {
    name: 'acd-compile-hints',
    apply: 'build',
    // The hint is added after the file names are hashed: the hash of a chunk that may carry
    // it takes the hint in too, so a build that adds, changes or drops it renames the file.
    augmentChunkHash: (chunk) => (chunk.isDynamicEntry ? COMPILE_HINT : undefined),
    generateBundle: (_options, bundle) => {
      // After minifying, which drops comments. (No source maps are built for the pages; one
      // would be a line off.)
      for (const chunk of dynamicallyImportedChunks(bundle)) chunk.code = COMPILE_HINT + chunk.code;
    },
  };
}
