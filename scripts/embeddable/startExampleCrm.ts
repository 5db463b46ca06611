// `npm run start:crm`: the example CRM embedding the Embeddable Framework client, against a
// simulator already running (PLATFORM_URL, default http://127.0.0.1:4010, as `npm start`
// starts it). `npm start` starts it too, beside the demo. Builds the client when missing.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildEmbeddable } from '../../embeddable/scripts/buildEmbeddable';
import { defaultClientDist, startExampleCrm, type ExampleCrm } from './exampleCrmServer';

/** Starts the example CRM, building the client first if embeddable/dist has none. */
export async function startExampleCrmWithBuild(options: {
  platformBaseUrl: string;
  clientPort?: number;
  crmPort?: number;
  trustOrigins?: (...origins: string[]) => void;
}): Promise<ExampleCrm> {
  if (!existsSync(path.join(defaultClientDist, 'index.html'))) {
    console.log('Building the Embeddable Framework client (embeddable/dist)…');
    await buildEmbeddable(defaultClientDist);
  }
  return startExampleCrm(options);
}

if (require.main === module) {
  const platformBaseUrl = process.env.PLATFORM_URL ?? 'http://127.0.0.1:4010';
  startExampleCrmWithBuild({
    platformBaseUrl,
    clientPort: Number(process.env.EMBEDDABLE_PORT ?? 5175),
    crmPort: Number(process.env.CRM_PORT ?? 5176),
  }).then(
    (crm) => {
      console.log(`Example CRM (Embeddable Framework): ${crm.crmUrl}`);
      console.log(`  embeds the client from ${crm.clientUrl} against ${platformBaseUrl}`);
    },
    (error: unknown) => {
      console.error(`The example CRM could not start: ${String(error)}`);
      process.exit(1);
    },
  );
}
