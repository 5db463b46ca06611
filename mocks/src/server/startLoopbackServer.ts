// `npm run acd:server`: the simulator on 127.0.0.1:$ACD_PORT (default 4010) until SIGTERM.
import { startLoopbackServer } from './loopbackServer';
import { SEED_IDS } from '../engine/seedData';

const port = Number(process.env.ACD_PORT ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`ACD_PORT must be a port number, not "${process.env.ACD_PORT ?? ''}"`);
  process.exit(2);
}

// Browser origins that may drive /sim/* (comma-separated), e.g. an extension's
// chrome-extension://<id> or a page served elsewhere; none by default.
const trustedOrigins = (process.env.ACD_TRUSTED_ORIGINS ?? '')
  .split(',')
  .map((origin) => origin.trim())
  .filter((origin) => origin !== '');

async function main(): Promise<void> {
  const server = await startLoopbackServer({ port, trustedOrigins }).catch((error: unknown) => {
    const inUse = (error as { code?: string }).code === 'EADDRINUSE';
    console.error(
      `The ACD simulator could not start: ${inUse ? `port ${port} is in use (set ACD_PORT)` : String(error)}`,
    );
    return process.exit(1);
  });

  console.log(`ACD platform simulator listening on ${server.url}`);
  console.log('Try it:');
  console.log(
    `  TOKEN=$(curl -s -X POST ${server.url}/sim/login -H 'content-type: application/json' -d '{"userId":"${SEED_IDS.agentAlex}"}' | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')`,
  );
  console.log(
    `  curl -s ${server.url}/api/v2/users/me?expand=presence,routingStatus -H "Authorization: Bearer $TOKEN"`,
  );
  console.log(`  curl -s ${server.url}/sim/users`);

  let stopping = false;
  function stop(signal: string): void {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the simulator`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`The simulator did not stop cleanly: ${String(error)}`);
        process.exit(1);
      },
    );
  }
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

void main();
