// Guest attachments over the Guest API on the loopback server: announce (onAttachment →
// PresignedUrlResponse), PUT the bytes (checked against the announcement), UploadSuccessEvent,
// then onMessage with the attachment's id; the agent's bulk messages carry the attachment and
// its download URL serves the bytes as a download.
import { createHash } from 'node:crypto';
import { WebSocket } from 'ws';
import type { MessageAttachment } from '@acd/shared';
import { makeTestEngine } from '../../engine/engineTestKit';
import { bulkMessages } from '../../engine/messaging/messagingCommands';
import { SEED_IDS } from '../../engine/seedData';
import { startLoopbackServer, type LoopbackServer } from '../loopbackServer';
import { MAX_ATTACHMENT_BYTES } from './attachmentStore';
import type { GuestFrame } from './guestFrames';

const { deploymentSupport } = SEED_IDS;
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
  'hex',
);
const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('hex');

let t: ReturnType<typeof makeTestEngine>;
let server: LoopbackServer;
let socket: WebSocket;
let frames: GuestFrame[];

beforeEach(async () => {
  t = makeTestEngine();
  server = await startLoopbackServer({ engine: t.engine });
  socket = new WebSocket(
    `ws://127.0.0.1:${server.port}/webmessaging/v1?deploymentId=${deploymentSupport}`,
  );
  frames = [];
  socket.on('message', (data) =>
    frames.push(JSON.parse(Buffer.from(data as Buffer).toString('utf8')) as GuestFrame),
  );
  await new Promise((resolve) => socket.once('open', resolve));
  say({ action: 'configureSession', deploymentId: deploymentSupport, token: 'guest-a' });
  await frame('SessionResponse');
});
afterEach(async () => {
  socket.terminate();
  await server.close();
});

const say = (value: unknown) => socket.send(JSON.stringify(value));

/** The first frame of a class not taken yet (and takes it). */
async function frame(cls: string): Promise<GuestFrame> {
  for (let waited = 0; waited < 2000; waited += 10) {
    const index = frames.findIndex((f) => f.class === cls);
    if (index >= 0) return frames.splice(index, 1)[0] as GuestFrame;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`No ${cls} in 2 s; got ${JSON.stringify(frames)}`);
}

async function announce(extra: Record<string, unknown> = {}) {
  say({
    action: 'onAttachment',
    token: 'guest-a',
    fileName: 'receipt 1.png',
    fileType: 'image/png',
    fileSize: PNG.length,
    fileMd5: md5(PNG),
    ...extra,
  });
  return (await frame('PresignedUrlResponse')).body as {
    attachmentId: string;
    url: string;
    headers: Record<string, string>;
  };
}

test('an announced, uploaded file reaches the agent as an attachment served as a download', async () => {
  const presigned = await announce();
  expect(presigned.url.startsWith(`${server.url}/webmessaging/uploads/`)).toBe(true);
  expect(presigned.headers).toEqual({ 'Content-Type': 'image/png' });
  const put = await fetch(presigned.url, { method: 'PUT', headers: presigned.headers, body: PNG });
  expect(put.status).toBe(200);
  const uploaded = (await frame('UploadSuccessEvent')).body as {
    attachmentId: string;
    downloadUrl: string;
  };
  expect(uploaded.attachmentId).toBe(presigned.attachmentId);

  say({
    action: 'onMessage',
    token: 'guest-a',
    message: {
      type: 'Text',
      text: 'My receipt',
      content: [{ contentType: 'Attachment', attachment: { id: presigned.attachmentId } }],
    },
  });
  const mine = await frame('StructuredMessage');
  expect(mine.body).toMatchObject({ direction: 'Inbound', type: 'Structured', text: 'My receipt' });

  const conversation = [...t.engine.context.conversations.values()].find(
    (c) => c.guestToken === 'guest-a',
  );
  const ids = conversation?.messagingMessages.map((m) => m.data.id) ?? [];
  const [message] = bulkMessages(t.engine.context, conversation?.id ?? '', ids).entities;
  const attachment: MessageAttachment | undefined =
    message?.normalizedMessage.content?.[0]?.attachment;
  expect(attachment).toEqual({
    id: presigned.attachmentId,
    mediaType: 'Image',
    url: uploaded.downloadUrl,
    mime: 'image/png',
    filename: 'receipt 1.png',
    contentSizeBytes: PNG.length,
  });

  const download = await fetch(uploaded.downloadUrl);
  expect(download.status).toBe(200);
  expect(download.headers.get('content-type')).toBe('image/png');
  expect(download.headers.get('content-disposition')).toBe(
    "attachment; filename*=UTF-8''receipt%201.png",
  );
  expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
});

test('an upload that differs from its announcement is refused and nothing is sent', async () => {
  const presigned = await announce();
  const wrongType = await fetch(presigned.url, {
    method: 'PUT',
    headers: { 'Content-Type': 'text/html' },
    body: PNG,
  });
  expect(wrongType.status).toBe(400);
  expect(await wrongType.text()).toMatch(/Content-Type must be image\/png/);
  const wrongSize = await fetch(presigned.url, {
    method: 'PUT',
    headers: presigned.headers,
    body: PNG.subarray(1),
  });
  expect(wrongSize.status).toBe(400);
  const wrongKey = await fetch(presigned.url.replace(/key=\w+/, 'key=nope'), {
    method: 'PUT',
    headers: presigned.headers,
    body: PNG,
  });
  expect(wrongKey.status).toBe(403);
  const tampered = Buffer.from(PNG);
  tampered[0] = 0;
  const wrongMd5 = await fetch(presigned.url, {
    method: 'PUT',
    headers: presigned.headers,
    body: tampered,
  });
  expect(await wrongMd5.text()).toMatch(/fileMd5/);
  // Not uploaded: the message naming it is refused, and the download URL is 404.
  say({
    action: 'onMessage',
    token: 'guest-a',
    message: {
      type: 'Text',
      content: [{ contentType: 'Attachment', attachment: { id: presigned.attachmentId } }],
    },
  });
  expect((await frame('string')).body).toBe(
    `Attachment ${presigned.attachmentId} has not been uploaded yet`,
  );
  expect(
    (await fetch(`${server.url}/webmessaging/downloads/${presigned.attachmentId}`)).status,
  ).toBe(404);
  expect([...t.engine.context.conversations.values()]).toHaveLength(0);
});

test('announcements over the size limit or without a media type get an error frame', async () => {
  say({
    action: 'onAttachment',
    token: 'guest-a',
    fileName: 'big.bin',
    fileType: 'application/octet-stream',
    fileSize: MAX_ATTACHMENT_BYTES + 1,
  });
  expect((await frame('string')).body).toBe(
    `fileSize is over the ${MAX_ATTACHMENT_BYTES}-byte limit`,
  );
  say({
    action: 'onAttachment',
    token: 'guest-a',
    fileName: 'x.png',
    fileType: 'png',
    fileSize: 3,
  });
  expect((await frame('string')).body).toBe('fileType must be a media type such as image/png');
  say({
    action: 'onAttachment',
    token: 'guest-a',
    fileName: '../etc/passwd',
    fileType: 'text/plain',
    fileSize: 3,
  });
  expect((await frame('string')).body).toBe('fileName may not hold a path or control characters');
  // The socket is still usable.
  await announce();
});
