// The files of the app zip: everything in zendesk-app/ that .zcliignore does not exclude,
// read with the same gitignore rules zcli applies, so both packagers ship the same files.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';

export const IGNORE_FILE = '.zcliignore';

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const relative = `${prefix}${entry.name}`;
      return entry.isDirectory() ? walk(path.join(dir, entry.name), `${relative}/`) : [relative];
    });
}

/** Paths (with `/`) relative to `appDir`, in a stable order. */
export function packageFiles(appDir: string): string[] {
  const ignoreFile = path.join(appDir, IGNORE_FILE);
  if (!existsSync(ignoreFile)) {
    throw new Error(`${ignoreFile} is missing: it says what the app zip leaves out`);
  }
  const rules = ignore().add(readFileSync(ignoreFile, 'utf8'));
  return walk(appDir).filter((file) => !rules.ignores(file));
}
