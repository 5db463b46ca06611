// What a build weighs, gzip -9 as a server would send it, printed file by file, and whether
// its JavaScript fits the budget. One report for every build.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeReport {
  files: { name: string; bytes: number; gzip: number }[];
  jsGzip: number;
  cssGzip: number;
}

export const gzipSize = (content: string | Buffer): number =>
  gzipSync(content, { level: 9 }).length;

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/** Every script, stylesheet and page under `dir` (subfolders included). */
export function measure(dir: string): SizeReport {
  const files = filesUnder(dir)
    .filter((file) => /\.(m?js|css|html)$/.test(file))
    .map((file) => {
      const content = readFileSync(file);
      return { name: path.relative(dir, file), bytes: content.length, gzip: gzipSize(content) };
    });
  const sum = (pattern: RegExp) =>
    files.filter((file) => pattern.test(file.name)).reduce((total, file) => total + file.gzip, 0);
  return { files, jsGzip: sum(/\.m?js$/), cssGzip: sum(/\.css$/) };
}

/**
 * Prints the report under `title` and returns the over-budget message, if any (the caller
 * decides how to fail).
 */
export function printSizes(
  title: string,
  report: SizeReport,
  budget: { label: string; bytes: number },
): string | undefined {
  console.log(`${title} (gzip -9):`);
  for (const file of report.files) {
    console.log(
      `  ${file.name.padEnd(40)} ${kb(file.bytes).padStart(10)} ${kb(file.gzip).padStart(10)}`,
    );
  }
  console.log(
    `  all JavaScript: ${kb(report.jsGzip)} of ${kb(budget.bytes)}; CSS: ${kb(report.cssGzip)}`,
  );
  return report.jsGzip > budget.bytes
    ? `${budget.label}'s JavaScript is over budget by ${kb(report.jsGzip - budget.bytes)}.`
    : undefined;
}

/** The chunks `file` imports statically, itself included (minified `from"./x.js"`/`import"./x.js"`). */
function staticClosure(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(path.join(dir, file), 'utf8');
  for (const match of code.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) {
    staticClosure(dir, path.posix.join(path.posix.dirname(file), match[1] ?? ''), seen);
  }
  return seen;
}

/**
 * What a page loads when its entry script picks one of its lazily imported chunks
 * (`import("./x.js")`): one row per such chunk, with the entry's static imports and the
 * chunk's own, gzip -9 summed. A page whose entry imports nothing lazily is one row.
 */
export function pageLoads(
  dir: string,
  entry: string,
): { lazy: string; files: string[]; jsGzip: number }[] {
  const base = staticClosure(dir, entry);
  const lazy = new Set<string>();
  for (const file of base) {
    const code = readFileSync(path.join(dir, file), 'utf8');
    for (const match of code.matchAll(/import\(\s*[`"'](\.\/[^`"']+\.js)[`"']\s*\)/g)) {
      lazy.add(path.posix.join(path.posix.dirname(file), match[1] ?? ''));
    }
  }
  const sum = (files: Set<string>) =>
    [...files].reduce((total, file) => total + gzipSize(readFileSync(path.join(dir, file))), 0);
  if (lazy.size === 0) return [{ lazy: entry, files: [...base], jsGzip: sum(base) }];
  return [...lazy].map((chunk) => {
    const files = staticClosure(dir, chunk, new Set(base));
    return { lazy: chunk, files: [...files], jsGzip: sum(files) };
  });
}
