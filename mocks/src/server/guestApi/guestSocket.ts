// Serves the Guest API WebSocket (`/webmessaging/v1?deploymentId=<id>`) beside the
// notification socket: one GuestSession per socket, text frames only.
import type { WebSocket } from 'ws';
import type { AcdEngine } from '../../engine/acdEngine';
import type { AttachmentStore } from './attachmentStore';
import { failure } from './guestFrames';
import { GuestSession } from './guestSession';

/** The socket's deployment id (null: none given) when the path is the Guest API's, else undefined. */
export function guestSocketDeployment(url: string): string | null | undefined {
  const parsed = new URL(url, 'http://loopback');
  if (parsed.pathname !== '/webmessaging/v1') return undefined;
  return parsed.searchParams.get('deploymentId');
}

export function attachGuestSocket(
  engine: AcdEngine,
  attachments: AttachmentStore,
  deploymentId: string | null,
  client: WebSocket,
): void {
  const session = new GuestSession(engine, attachments, deploymentId, (frame) => {
    if (client.readyState === client.OPEN) client.send(JSON.stringify(frame));
  });
  client.on('message', (data, isBinary) => {
    if (isBinary) {
      client.send(JSON.stringify(failure(400, 'The Guest API takes JSON text frames')));
      return;
    }
    session.receive(Buffer.from(data as Buffer).toString('utf8'));
  });
  client.on('close', () => session.dispose());
}
