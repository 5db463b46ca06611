// `npm run package:zendesk`: the zip an admin uploads (Admin Center > Apps > Upload private
// app). manifest.json, translations/ and assets/ sit at the zip root, as Zendesk expects;
// .zcliignore decides what else stays out, as it does for `zcli apps:package`.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { checkZendeskApp } from './checkApp';
import { packageFiles } from './packageFiles';

const appDir = path.resolve(process.cwd(), 'zendesk-app');
const outFile = path.join(process.cwd(), 'dist', 'acd-chat-zendesk.zip');

const problems = checkZendeskApp(appDir, 'built');
if (problems.length > 0) {
  console.error(`Not packaged; run npm run build:zendesk first?\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const files: Zippable = {};
for (const file of packageFiles(appDir)) files[file] = readFileSync(path.join(appDir, file));
mkdirSync(path.dirname(outFile), { recursive: true });
// A fixed date keeps the zip identical for identical inputs.
writeFileSync(outFile, zipSync(files, { level: 9, mtime: new Date('2024-01-01T00:00:00Z') }));
console.log(
  `${path.relative(process.cwd(), outFile)}: ${Object.keys(files).length} files, ${(statSync(outFile).size / 1024).toFixed(1)} KB`,
);
