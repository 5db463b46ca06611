// A real WebSocket with a tap: tests push raw frames into the core as if the platform had
// sent them, to prove what malformed or unknown frames do.
import type { SocketFactory, SocketLike } from '../src/app/coreDeps';

type MessageListener = (event: { data: unknown }) => void;

export function createTappedSockets() {
  const listeners: MessageListener[] = [];
  const sent: string[] = [];
  let opened = 0;
  /** Sockets below this count hear nothing more from the platform (a silently dead link). */
  let mutedBelow = 0;
  const openSocket: SocketFactory = (url) => {
    const socket = new WebSocket(url);
    const index = opened;
    opened += 1;
    const tapped: SocketLike = {
      get readyState() {
        return socket.readyState;
      },
      send: (data) => {
        sent.push(data);
        socket.send(data);
      },
      close: (code, reason) => socket.close(code, reason),
      addEventListener(type: 'open' | 'close' | 'error' | 'message', listener: never) {
        if (type !== 'message') {
          socket.addEventListener(type, listener);
          return;
        }
        const deliver = listener as MessageListener;
        listeners.push(deliver);
        socket.addEventListener('message', (event) => {
          if (index >= mutedBelow) deliver({ data: event.data });
        });
      },
    };
    return tapped;
  };
  return {
    openSocket,
    sent,
    socketsOpened: () => opened,
    /** Every socket open now stops hearing the platform; later ones are healthy. */
    muteOpenSockets(): void {
      mutedBelow = opened;
    },
    /** Delivers `data` to the newest socket's listeners, exactly as a received frame. */
    inject(data: unknown): void {
      const newest = listeners[listeners.length - 1];
      if (newest === undefined) throw new Error('No socket is open yet');
      newest({ data });
    },
    /**
     * Resolves once the core has read what was injected: it applies the frames of one task
     * together, after that task (a microtask later), so wait for the next task.
     */
    read(): Promise<void> {
      return new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}
