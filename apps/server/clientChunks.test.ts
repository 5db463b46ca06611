// What the pages' build does with a page's start-up chunks (the client code its first script
// loads at once, named in viteConfig.ts): preloads them beside the first script
// (preloadDynamicImports) and hints V8 to compile them on a background thread (compileHints).
import type { Rollup } from 'vite';
import { COMPILE_HINT, compileHints, startUpChunks } from './compileHints';
import { startUpChunksOf } from './preloadDynamicImports';

/** The start-up modules of these bundles: the core and the view of the client. */
const START_UP = ['/src/core.tsx', '/src/view.tsx'];

/**
 * A bundle of chunks named by file: each with its static and dynamic imports, and the module
 * heading it when it is imported dynamically.
 */
function bundleOf(
  chunks: Record<string, { imports?: string[]; dynamicImports?: string[]; facade?: string }>,
): Rollup.OutputBundle {
  const bundle: Record<string, unknown> = {};
  for (const [fileName, chunk] of Object.entries(chunks)) {
    bundle[fileName] = {
      type: 'chunk',
      fileName,
      isEntry: fileName.startsWith('entry'),
      isDynamicEntry: chunk.facade !== undefined,
      facadeModuleId: chunk.facade ?? null,
      code: `/* ${fileName} */`,
      imports: chunk.imports ?? [],
      dynamicImports: chunk.dynamicImports ?? [],
    };
  }
  bundle['assets/style.css'] = { type: 'asset', fileName: 'assets/style.css' };
  return bundle as unknown as Rollup.OutputBundle;
}

/** A page whose first script imports the core, which imports the view and, later, the admin. */
const pageBundle = () =>
  bundleOf({
    'entry.js': { imports: ['preact.js'], dynamicImports: ['core.js'] },
    'entry-other.js': { imports: ['preact.js'] },
    'preact.js': {},
    'core.js': {
      imports: ['entry.js', 'preact.js', 'store.js'],
      dynamicImports: ['view.js', 'admin.js'],
      facade: '/src/core.tsx',
    },
    'store.js': {},
    'view.js': { imports: ['core.js', 'ui.js'], facade: '/src/view.tsx' },
    'ui.js': {},
    'admin.js': { imports: ['view.js', 'admin-ui.js'], facade: '/src/admin.tsx' },
    'admin-ui.js': {},
  });

describe('the chunks a page preloads beside its first script', () => {
  it('are its start-up chunks and what they import, not what the page already loads', () => {
    const bundle = pageBundle();
    const entry = bundle['entry.js'] as Rollup.OutputChunk;
    // The core, then the view the core imports: the admin, imported later, stays lazy.
    expect(startUpChunksOf(entry, bundle, START_UP)).toEqual([
      'core.js',
      'store.js',
      'view.js',
      'ui.js',
    ]);
  });

  it('are none for a page that reaches no start-up chunk', () => {
    const bundle = pageBundle();
    const other = bundle['entry-other.js'] as Rollup.OutputChunk;
    expect(startUpChunksOf(other, bundle, START_UP)).toEqual([]);
    const plain = bundleOf({ 'entry.js': { imports: ['preact.js'] }, 'preact.js': {} });
    expect(startUpChunksOf(plain['entry.js'] as Rollup.OutputChunk, plain, START_UP)).toEqual([]);
  });
});

describe('the compile hint', () => {
  const codeOf = (output: Rollup.OutputBundle, fileName: string) =>
    (output[fileName] as Rollup.OutputChunk).code;

  it('goes on the start-up chunks, at their top, and nowhere else', () => {
    const output = pageBundle();
    expect(startUpChunks(output, START_UP).map((c) => c.fileName)).toEqual(['core.js', 'view.js']);
    const generate = compileHints(START_UP).generateBundle as (
      this: unknown,
      options: unknown,
      bundle: Rollup.OutputBundle,
    ) => void;
    generate.call({}, {}, output);
    expect(codeOf(output, 'core.js')).toBe(`${COMPILE_HINT}/* core.js */`);
    expect(codeOf(output, 'view.js')).toBe(`${COMPILE_HINT}/* view.js */`);
    for (const other of ['entry.js', 'entry-other.js', 'preact.js', 'store.js', 'ui.js']) {
      expect(codeOf(output, other)).toBe(`/* ${other} */`);
    }
    expect(codeOf(output, 'admin.js')).toBe('/* admin.js */');
  });

  it('is in the hash of the start-up chunks only, so adding or dropping it renames them', () => {
    const augment = compileHints(START_UP).augmentChunkHash as (chunk: {
      isDynamicEntry: boolean;
      facadeModuleId: string | null;
    }) => string | undefined;
    expect(augment({ isDynamicEntry: true, facadeModuleId: '/src/core.tsx' })).toBe(COMPILE_HINT);
    expect(augment({ isDynamicEntry: true, facadeModuleId: '/src/view.tsx' })).toBe(COMPILE_HINT);
    expect(augment({ isDynamicEntry: true, facadeModuleId: '/src/admin.tsx' })).toBeUndefined();
    expect(augment({ isDynamicEntry: false, facadeModuleId: '/src/core.tsx' })).toBeUndefined();
    expect(augment({ isDynamicEntry: false, facadeModuleId: null })).toBeUndefined();
  });
});
