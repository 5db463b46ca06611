// The upload (PUT) and download (GET) URLs of guest attachments, served by the loopback server
// outside the platform API's handlers (their bodies are files, not JSON, and bigger).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SimPlatformError } from '../../engine/platformError';
import {
  DOWNLOAD_PATH,
  MAX_ATTACHMENT_BYTES,
  UPLOAD_PATH,
  type AttachmentStore,
} from './attachmentStore';

/** True when the request was an attachment's, and has been answered (or thrown). */
export async function serveAttachment(
  store: AttachmentStore,
  req: IncomingMessage,
  res: ServerResponse,
  cors: Record<string, string>,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://loopback');
  if (url.pathname.startsWith(UPLOAD_PATH) && req.method === 'PUT') {
    const bytes = await readFile(req);
    store.upload(
      url.pathname.slice(UPLOAD_PATH.length),
      url.searchParams.get('key'),
      req.headers['content-type'],
      bytes,
    );
    res.writeHead(200, cors).end();
    return true;
  }
  if (url.pathname.startsWith(DOWNLOAD_PATH) && (req.method === 'GET' || req.method === 'HEAD')) {
    const file = store.download(url.pathname.slice(DOWNLOAD_PATH.length));
    res.writeHead(200, {
      ...cors,
      'content-type': file.type,
      'content-length': String(file.bytes.length),
      // Always a download: a customer's file is never rendered in the agent's page.
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : file.bytes);
    return true;
  }
  return false;
}

async function readFile(req: IncomingMessage): Promise<Buffer> {
  const tooLarge = () =>
    new SimPlatformError(413, `A file is at most ${MAX_ATTACHMENT_BYTES} bytes`);
  if (Number(req.headers['content-length'] ?? '0') > MAX_ATTACHMENT_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_ATTACHMENT_BYTES) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
