import type { Rollup } from 'vite';
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
