// Lints pieces of code as if they were written in given files of this repo, with the
// project's own eslint.config.mjs, and prints each one's rule failures as JSON. The layering
// test (layering.test.ts) feeds it deliberate violations; by hand:
//   echo '[{"file":"zendesk-app/src/main.ts","code":"import \"@acd/shared/i18n/translate\";"}]' \
//     | node scripts/lint/lintProbes.mjs
// Type-aware rules are off here: they need the file on disk, and the layering rules do not.
import path from 'node:path';
import process from 'node:process';
import { text } from 'node:stream/consumers';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const repoRoot = path.resolve(import.meta.dirname, '../..');

const probes = JSON.parse(await text(process.stdin));
const eslint = new ESLint({
  cwd: repoRoot,
  overrideConfig: [{ files: ['**/*.ts', '**/*.tsx'], ...tseslint.configs.disableTypeChecked }],
});
const results = [];
for (const probe of probes) {
  const [result] = await eslint.lintText(probe.code, { filePath: path.join(repoRoot, probe.file) });
  results.push({
    file: probe.file,
    failures: (result?.messages ?? []).map((m) => ({ rule: m.ruleId, message: m.message })),
  });
}
process.stdout.write(JSON.stringify(results));
