// The notification socket for the in-process hosts (msw/node, browser worker): MSW's `ws`
// API connects the standard WebSocket class to the engine's notification hub.
import { ws } from 'msw';
import type { AcdEngine } from '../engine/acdEngine';

export function createNotificationSocketHandler(engine: AcdEngine) {
  const channels = ws.link('*/channels/:channelId');
  return channels.addEventListener('connection', ({ client, params }) => {
    const channelId = typeof params.channelId === 'string' ? params.channelId : '';
    const detach = engine.hub.attach(channelId, {
      send: (text) => {
        client.send(text);
      },
      close: (code, reason) => {
        client.close(code, reason);
      },
      // MSW's mock client cannot drop a connection without a close frame; 1006-like codes
      // are reserved, so an abnormal-close stand-in code tells the client it was dropped.
      drop: () => {
        client.close(4001, 'connection dropped');
      },
    });
    if (detach === null) {
      client.close(4004, `Unknown channel ${channelId}`);
      return;
    }
    client.addEventListener('message', (event) => {
      const reply = typeof event.data === 'string' ? engine.hub.answer(event.data) : null;
      if (reply !== null) client.send(reply);
    });
    client.addEventListener('close', () => {
      detach();
    });
  });
}
