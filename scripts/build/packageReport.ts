// A Vite plugin that prints what each package contributes to a build: the rendered code of
// its modules after tree-shaking (before minification), largest first, so size work starts
// with what weighs most. The project's own folders count as packages too (shared/src/ui, ...).
import path from 'node:path';
import type { Plugin } from 'vite';
import { kb } from './sizeReport';

const repoRoot = path.resolve(__dirname, '../..');

/** `node_modules/@scope/name/...` -> `@scope/name`; a project file -> its first two folders. */
export function packageOf(moduleId: string): string {
  const id = moduleId.replace(/^\0/, '').split('?')[0] ?? moduleId;
  const inModules = id.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const [first = '', second = ''] = id.slice(inModules + 'node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  if (!path.isAbsolute(id)) return id;
  const relative = path.relative(repoRoot, id).split(path.sep);
  return relative.length > 3 ? relative.slice(0, 3).join('/') : relative.slice(0, -1).join('/');
}

/** Prints the `top` largest contributors of each build (all chunks together). */
export function packageReport(title: string, top = 15): Plugin {
  return {
    name: 'acd-package-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const sizes = new Map<string, number>();
      let total = 0;
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(output.modules)) {
          sizes.set(packageOf(id), (sizes.get(packageOf(id)) ?? 0) + module.renderedLength);
          total += module.renderedLength;
        }
      }
      const rows = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, top);
      console.log(`${title}: rendered code by package (before minification), largest first:`);
      for (const [name, bytes] of rows) {
        const share = `${((100 * bytes) / Math.max(1, total)).toFixed(1)}%`;
        console.log(`  ${name.padEnd(48)} ${kb(bytes).padStart(10)} ${share.padStart(6)}`);
      }
    },
  };
}
