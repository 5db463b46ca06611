// `npm run check:salesforce`: the offline conversion of force-app, with every problem listed.
import { checkSalesforceProjectOnce } from './checkMetadata';

async function main(): Promise<number> {
  const report = await checkSalesforceProjectOnce(process.cwd());
  for (const problem of report.problems) console.error(`✗ ${problem}`);
  console.log(
    `force-app: ${report.components.length} components, ${report.convertedFiles.length} files in Metadata API format (API ${String(report.sourceApiVersion)}), ${report.problems.length} problems`,
  );
  return report.problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
