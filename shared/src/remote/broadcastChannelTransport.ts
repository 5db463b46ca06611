// The browser transport: a same-origin BroadcastChannel. Every frame of one app origin in
// one browser partition that opens the same name hears the others (never itself).
import type { RemoteTransport } from './transport';

export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export function createBroadcastChannelTransport(
  name: string,
  open: (name: string) => ChannelLike = (channelName) => new BroadcastChannel(channelName),
): RemoteTransport {
  const channel = open(name);
  return {
    send(message) {
      channel.postMessage(message);
    },
    listen(listener) {
      const onMessage = (event: MessageEvent) => {
        listener(event.data);
      };
      channel.addEventListener('message', onMessage);
      return () => {
        channel.removeEventListener('message', onMessage);
      };
    },
    close() {
      channel.close();
    },
  };
}
