// A folder served over loopback HTTP with the demo server's static handler (the same headers
// the pages get from `npm start`).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStaticHandler } from '../../apps/server/staticFiles';

export async function serveFolder(dir: string) {
  const serve = createStaticHandler(dir);
  const server = createServer((req, res) => {
    serve(req, res).then(
      (served) => {
        if (!served) res.writeHead(404).end();
      },
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
