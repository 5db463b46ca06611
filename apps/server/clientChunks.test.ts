// What the pages' build does with the chunks of client code a page's first script imports
// dynamically: preloads them beside it (preloadDynamicImports) and hints V8 to compile them
// on the background thread (compileHints).
import type { Rollup } from 'vite';
import { COMPILE_HINT, compileHints, dynamicallyImportedChunks } from './compileHints';
import { dynamicChunksOf } from './preloadDynamicImports';

/** A bundle of chunks named by file: each with its static and dynamic imports. */
function bundleOf(
  chunks: Record<string, { imports?: string[]; dynamicImports?: string[] }>,
): Rollup.OutputBundle {
  const bundle: Record<string, unknown> = {};
  for (const [fileName, chunk] of Object.entries(chunks)) {
    bundle[fileName] = {
      type: 'chunk',
      fileName,
      isEntry: fileName.startsWith('entry'),
      code: `/* ${fileName} */`,
      imports: chunk.imports ?? [],
      dynamicImports: chunk.dynamicImports ?? [],
    };
  }
  bundle['assets/style.css'] = { type: 'asset', fileName: 'assets/style.css' };
  return bundle as unknown as Rollup.OutputBundle;
}

describe('the chunks a page preloads beside its first script', () => {
  it('are its dynamic imports and what they import, not what the page already loads', () => {
    const bundle = bundleOf({
      'entry.js': { imports: ['preact.js'], dynamicImports: ['client.js'] },
      'preact.js': {},
      'client.js': { imports: ['preact.js', 'ui.js'], dynamicImports: ['later.js'] },
      'ui.js': { imports: ['preact.js'] },
      'later.js': {},
    });
    const entry = bundle['entry.js'] as Rollup.OutputChunk;
    // The client's own dynamic imports stay lazy: only the page's are wanted at once.
    expect(dynamicChunksOf(entry, bundle)).toEqual(['client.js', 'ui.js']);
  });

  it('are none for a page without dynamic imports', () => {
    const bundle = bundleOf({ 'entry.js': { imports: ['preact.js'] }, 'preact.js': {} });
    expect(dynamicChunksOf(bundle['entry.js'] as Rollup.OutputChunk, bundle)).toEqual([]);
  });
});

describe('the compile hint', () => {
  const bundle = () =>
    bundleOf({
      'entry.js': { imports: ['preact.js'], dynamicImports: ['client.js'] },
      'entry-other.js': { imports: ['preact.js'] },
      'preact.js': {},
      'client.js': { imports: ['preact.js', 'ui.js'], dynamicImports: ['later.js'] },
      'ui.js': {},
      'later.js': {},
    });
  const codeOf = (output: Rollup.OutputBundle, fileName: string) =>
    (output[fileName] as Rollup.OutputChunk).code;

  it('goes on the chunks entries import dynamically, at their top, and nowhere else', () => {
    const output = bundle();
    expect(dynamicallyImportedChunks(output).map((c) => c.fileName)).toEqual(['client.js']);
    const generate = compileHints().generateBundle as (
      this: unknown,
      options: unknown,
      bundle: Rollup.OutputBundle,
    ) => void;
    generate.call({}, {}, output);
    expect(codeOf(output, 'client.js')).toBe(`${COMPILE_HINT}/* client.js */`);
    for (const other of ['entry.js', 'entry-other.js', 'preact.js', 'ui.js', 'later.js']) {
      expect(codeOf(output, other)).toBe(`/* ${other} */`);
    }
  });
});
