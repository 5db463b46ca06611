// Serves the prebuilt pages (apps/dist) when there is no Vite: plain files, index.html for
// folders, and nothing outside the folder.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

export function createStaticHandler(
  root: string,
  rewriteHtml: (html: string) => string = (html) => html,
  /** The URL path the folder is served under. */
  mount = '/',
) {
  const base = path.resolve(root);
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(mount)) return false;
    let file = path.resolve(base, `./${pathname.slice(mount.length)}`);
    if (file !== base && !file.startsWith(base + path.sep)) return false;
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory() === true) file = path.join(file, 'index.html');
    else if (info === null) return false;
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (type.startsWith('text/html')) {
      const html = await readFile(file, 'utf8').catch(() => null);
      if (html === null) return false;
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : rewriteHtml(html));
      return true;
    }
    const exists = await stat(file).catch(() => null);
    if (exists === null) return false;
    // Built assets carry a content hash in their names, so they may be cached for good.
    res.writeHead(200, {
      'content-type': type,
      'cache-control': pathname.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return true;
  };
}
