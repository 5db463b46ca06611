// `npm start`: the ACD simulator on ACD_PORT (default 4010) and the demo + standalone pages
// on PORT (default 5173), until SIGTERM or Ctrl-C. DEMO_PAGES=vite|dist picks how the pages
// are served (default: the build in apps/dist when present, else Vite).
import { startExampleCrmWithBuild } from '../../scripts/embeddable/startExampleCrm';
import { startDemoServer, type DemoServerOptions } from './demoServer';

function portFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  const port = Number(raw ?? fallback);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`${name} must be a port number, not "${raw ?? ''}"`);
    process.exit(2);
  }
  return port;
}

function pagesFrom(raw: string | undefined): DemoServerOptions['pages'] {
  if (raw === undefined || raw === '' || raw === 'auto') return 'auto';
  if (raw === 'vite' || raw === 'dist') return raw;
  console.error(`DEMO_PAGES must be vite, dist or auto, not "${raw}"`);
  return process.exit(2);
}

interface Closable {
  close(): Promise<unknown>;
}

/** What has started so far; a signal stops exactly that, even halfway through starting. */
const running: Closable[] = [];
let stopping = false;

function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping the demo`);
  Promise.all(running.map((part) => part.close())).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`The demo did not stop cleanly: ${String(error)}`);
      process.exit(1);
    },
  );
}

async function main(): Promise<void> {
  // Before anything starts: building the example CRM's client can take seconds on a first run,
  // and a Ctrl-C or SIGTERM meanwhile must still stop cleanly.
  process.on('SIGTERM', () => {
    stop('SIGTERM');
  });
  process.on('SIGINT', () => {
    stop('SIGINT');
  });
  const port = portFrom('PORT', 5173);
  const acdPort = portFrom('ACD_PORT', 4010);
  const demo = await startDemoServer({
    port,
    acdPort,
    pages: pagesFrom(process.env.DEMO_PAGES),
  }).catch((error: unknown) => {
    const code = (error as { code?: string }).code;
    console.error(
      code === 'EADDRINUSE'
        ? `A port is in use (PORT=${port}, ACD_PORT=${acdPort}); set PORT or ACD_PORT to free ones.`
        : `The demo could not start: ${String(error)}`,
    );
    return process.exit(1);
  });
  running.push(demo);

  console.log(`ACD platform simulator: ${demo.simulator.url}`);
  console.log(`Demo (customer simulator + agent client): ${demo.demoUrl}`);
  console.log(`Standalone agent client: ${demo.standaloneUrl}`);
  console.log(`Pages served by ${demo.pages === 'vite' ? 'Vite (development)' : 'apps/dist'}.`);
  // The Embeddable Framework host: the example CRM on its own origin embeds the client.
  const crm = await startExampleCrmWithBuild({
    platformBaseUrl: demo.simulator.url,
    // The example client's simulator picker calls /sim/*, which answers trusted origins only.
    trustOrigins: (...origins: string[]) => {
      demo.simulator.trustOrigins(...origins);
    },
    clientPort: portFrom('EMBEDDABLE_PORT', 5175),
    crmPort: portFrom('CRM_PORT', 5176),
  }).catch((error: unknown) => {
    console.error(`The example CRM did not start (the demo runs without it): ${String(error)}`);
    return null;
  });
  if (crm === null) return;
  running.push(crm);
  console.log(`Example CRM (Embeddable Framework client inside): ${crm.crmUrl}`);
}

void main();
