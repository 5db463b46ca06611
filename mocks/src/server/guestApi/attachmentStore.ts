// Guest attachments: onAttachment announces a file (name, type, size, MD5) and gets a one-use
// upload URL on the loopback server; the PUT must match what was announced; the bytes are then
// served back (to the agent's link) from a download URL as a download, never inline.
import { createHash, randomBytes } from 'node:crypto';
import type { MessageAttachment } from '@acd/shared';
import { SimPlatformError } from '../../engine/platformError';

/** The biggest file a guest may upload (the vendor's web messaging caps attachments too). */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
const MAX_FILE_NAME = 255;
const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;

export interface Announced {
  fileName: string;
  fileType: string;
  fileSize: number;
  fileMd5?: string;
}

interface StoredAttachment extends Announced {
  id: string;
  token: string;
  uploadKey: string;
  bytes?: Buffer;
  /** Tells the guest's socket the upload is done. */
  onUploaded: (attachmentId: string, downloadUrl: string) => void;
}

export const UPLOAD_PATH = '/webmessaging/uploads/';
export const DOWNLOAD_PATH = '/webmessaging/downloads/';

export class AttachmentStore {
  private readonly byId = new Map<string, StoredAttachment>();

  constructor(private readonly baseUrl: () => string) {}

  /** onAttachment: checks the announcement and answers the PresignedUrlResponse body. */
  announce(
    token: string,
    frame: Record<string, unknown>,
    onUploaded: StoredAttachment['onUploaded'],
  ): { attachmentId: string; url: string; headers: Record<string, string> } {
    const announced = readAnnouncement(frame);
    const id = randomBytes(12).toString('hex');
    const uploadKey = randomBytes(16).toString('hex');
    this.byId.set(id, { ...announced, id, token, uploadKey, onUploaded });
    return {
      attachmentId: id,
      url: `${this.baseUrl()}${UPLOAD_PATH}${id}?key=${uploadKey}`,
      headers: { 'Content-Type': announced.fileType },
    };
  }

  /** The PUT to the presigned URL: the bytes must be what was announced. */
  upload(id: string, key: string | null, contentType: string | undefined, bytes: Buffer): void {
    const stored = this.byId.get(id);
    if (stored === undefined || key !== stored.uploadKey) {
      throw new SimPlatformError(403, 'This upload URL is not valid');
    }
    if (stored.bytes !== undefined)
      throw new SimPlatformError(409, 'This file was already uploaded');
    if (contentType !== stored.fileType) {
      throw new SimPlatformError(400, `Content-Type must be ${stored.fileType}, as announced`);
    }
    if (bytes.length !== stored.fileSize) {
      throw new SimPlatformError(
        400,
        `The file is ${bytes.length} bytes, ${stored.fileSize} were announced`,
      );
    }
    if (stored.fileMd5 !== undefined && !md5Matches(bytes, stored.fileMd5)) {
      throw new SimPlatformError(400, 'The file does not match the announced fileMd5');
    }
    stored.bytes = bytes;
    stored.onUploaded(id, this.downloadUrl(id));
  }

  download(id: string): { bytes: Buffer; type: string; fileName: string } {
    const stored = this.byId.get(id);
    if (stored?.bytes === undefined) throw new SimPlatformError(404, `No attachment ${id}`);
    return { bytes: stored.bytes, type: stored.fileType, fileName: stored.fileName };
  }

  /** The normalized message's attachment for an uploaded file of this guest, or an error. */
  attachmentFor(token: string, id: unknown): MessageAttachment {
    const stored = typeof id === 'string' ? this.byId.get(id) : undefined;
    if (stored === undefined || stored.token !== token) {
      throw new SimPlatformError(400, `Unknown attachment ${String(id)}`);
    }
    if (stored.bytes === undefined) {
      throw new SimPlatformError(400, `Attachment ${stored.id} has not been uploaded yet`);
    }
    return {
      id: stored.id,
      mediaType: stored.fileType.startsWith('image/') ? 'Image' : 'File',
      url: this.downloadUrl(stored.id),
      mime: stored.fileType,
      filename: stored.fileName,
      contentSizeBytes: stored.fileSize,
    };
  }

  private downloadUrl(id: string): string {
    return `${this.baseUrl()}${DOWNLOAD_PATH}${id}`;
  }
}

function readAnnouncement(frame: Record<string, unknown>): Announced {
  const { fileName, fileType, fileSize, fileMd5 } = frame;
  if (typeof fileName !== 'string' || fileName.trim() === '' || fileName.length > MAX_FILE_NAME) {
    throw new SimPlatformError(400, `fileName must be 1 to ${MAX_FILE_NAME} characters`);
  }
  if (
    /[/\\]/.test(fileName) ||
    Array.from(fileName, (ch) => ch.charCodeAt(0)).some((code) => code < 0x20)
  ) {
    throw new SimPlatformError(400, 'fileName may not hold a path or control characters');
  }
  if (typeof fileType !== 'string' || !MIME.test(fileType)) {
    throw new SimPlatformError(400, 'fileType must be a media type such as image/png');
  }
  if (typeof fileSize !== 'number' || !Number.isInteger(fileSize) || fileSize < 1) {
    throw new SimPlatformError(400, 'fileSize must be a whole number of bytes');
  }
  if (fileSize > MAX_ATTACHMENT_BYTES) {
    throw new SimPlatformError(400, `fileSize is over the ${MAX_ATTACHMENT_BYTES}-byte limit`);
  }
  if (fileMd5 !== undefined && typeof fileMd5 !== 'string') {
    throw new SimPlatformError(400, 'fileMd5 must be a string');
  }
  return { fileName, fileType, fileSize, ...(fileMd5 === undefined ? {} : { fileMd5 }) };
}

/** The MD5 may come as hex or base64. */
function md5Matches(bytes: Buffer, announced: string): boolean {
  const digest = createHash('md5').update(bytes);
  const raw = digest.digest();
  return announced.toLowerCase() === raw.toString('hex') || announced === raw.toString('base64');
}
