// Node 20 has no global WebSocket (Node 22 does). The client and MSW's `ws` API use the
// standard class, so give Node 20 undici's implementation; on Node >= 22 this does nothing.
import { WebSocket as UndiciWebSocket } from 'undici';

if (typeof globalThis.WebSocket === 'undefined') {
  Object.assign(globalThis, { WebSocket: UndiciWebSocket });
}
