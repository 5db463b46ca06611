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
