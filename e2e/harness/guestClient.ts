// A web messaging customer in the test process: the Guest API WebSocket of the loopback
// simulator (`/webmessaging/v1?deploymentId=`), spoken with the vendor's frames
// (configureSession, onMessage, onAttachment, then the PUT to the presigned URL).
import { createHash } from 'node:crypto';
import { WebSocket } from 'ws';

export interface GuestFrame {
  type: 'response' | 'message';
  class: string;
  code: number;
  body: unknown;
}

export interface StructuredBody {
  id: string;
  text: string;
  direction: 'Inbound' | 'Outbound';
}

export interface GuestClient {
  /** Every frame received so far, oldest first. */
  frames: GuestFrame[];
  say(text: string): Promise<void>;
  /** Announces, uploads and sends one file; resolves once the message frame is back. */
  sendFile(fileName: string, fileType: string, bytes: Buffer): Promise<void>;
  /** The agent's messages this guest received (StructuredMessage, Outbound). */
  outbound(): StructuredBody[];
  close(): void;
}

const WAIT_MS = 10_000;

export async function openGuest(
  simulatorUrl: string,
  deploymentId: string,
  token: string,
): Promise<GuestClient> {
  const url = new URL(`/webmessaging/v1?deploymentId=${deploymentId}`, simulatorUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const socket = new WebSocket(url);
  const frames: GuestFrame[] = [];
  socket.on('message', (data) => {
    frames.push(JSON.parse(Buffer.from(data as Buffer).toString('utf8')) as GuestFrame);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const send = (frame: object) => socket.send(JSON.stringify({ token, ...frame }));

  /** Waits for the first frame of `cls` after index `from`; a failure frame fails the wait. */
  const next = async (cls: string, from: number): Promise<GuestFrame> => {
    const deadline = Date.now() + WAIT_MS;
    while (Date.now() < deadline) {
      const later = frames.slice(from);
      const failed = later.find((f) => f.class === 'string' && f.code >= 400);
      if (failed !== undefined) throw new Error(`Guest API refused: ${String(failed.body)}`);
      const found = later.find((f) => f.class === cls);
      if (found !== undefined) return found;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`No ${cls} from the Guest API in ${WAIT_MS} ms`);
  };

  let mark = frames.length;
  send({ action: 'configureSession', deploymentId });
  await next('SessionResponse', mark);

  return {
    frames,
    async say(text) {
      mark = frames.length;
      send({ action: 'onMessage', message: { type: 'Text', text } });
      await next('StructuredMessage', mark);
    },
    async sendFile(fileName, fileType, bytes) {
      mark = frames.length;
      const fileMd5 = createHash('md5').update(bytes).digest('hex');
      send({ action: 'onAttachment', fileName, fileType, fileSize: bytes.length, fileMd5 });
      const presigned = (await next('PresignedUrlResponse', mark)).body as {
        attachmentId: string;
        url: string;
        headers: Record<string, string>;
      };
      const put = await fetch(presigned.url, {
        method: 'PUT',
        headers: presigned.headers,
        body: new Uint8Array(bytes),
      });
      if (!put.ok) throw new Error(`The upload PUT answered ${put.status}`);
      await next('UploadSuccessEvent', mark);
      mark = frames.length;
      send({
        action: 'onMessage',
        message: {
          type: 'Text',
          content: [{ contentType: 'Attachment', attachment: { id: presigned.attachmentId } }],
        },
      });
      await next('StructuredMessage', mark);
    },
    outbound: () =>
      frames
        .filter((f) => f.class === 'StructuredMessage')
        .map((f) => f.body as StructuredBody)
        .filter((b) => b.direction === 'Outbound'),
    close: () => socket.terminate(),
  };
}
