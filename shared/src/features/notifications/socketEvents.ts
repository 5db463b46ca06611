// The socket as a saga channel: opening, frames and the end, in order, nothing dropped.
import { buffers, eventChannel, type EventChannel } from 'redux-saga';
import type { SocketLike } from '../../app/coreDeps';

export type SocketEvent =
  { kind: 'open' } | { kind: 'frame'; data: unknown } | { kind: 'closed'; reason: string };

/** WebSocket.CLOSING: at or past it there is nothing left to close. */
const CLOSING = 2;

export function socketEvents(socket: SocketLike): EventChannel<SocketEvent> {
  return eventChannel<SocketEvent>((emit) => {
    socket.addEventListener('open', () => emit({ kind: 'open' }));
    socket.addEventListener('message', (event) => emit({ kind: 'frame', data: event.data }));
    socket.addEventListener('close', () => emit({ kind: 'closed', reason: 'the socket closed' }));
    socket.addEventListener('error', () => emit({ kind: 'closed', reason: 'the socket failed' }));
    // Closing the channel (reconnect, sign-out, cancel) always closes the socket with it.
    return () => {
      if (socket.readyState < CLOSING) socket.close(1000, 'client closed the channel');
    };
  }, buffers.expanding<SocketEvent>(256));
}
