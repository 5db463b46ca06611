// `npm run check:zendesk` (built files) or `tsx zendesk-app/scripts/checkAppCli.ts --source`.
import path from 'node:path';
import { checkZendeskApp, type CheckMode } from './checkApp';

const mode: CheckMode = process.argv.includes('--source') ? 'source' : 'built';
const appDir = path.resolve(process.cwd(), 'zendesk-app');
const problems = checkZendeskApp(appDir, mode);
if (problems.length > 0) {
  console.error(`Zendesk app check (${mode}) failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Zendesk app check (${mode}): manifest, translations and assets are in order.`);
