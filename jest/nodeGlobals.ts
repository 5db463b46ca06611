// Globals every Node test environment needs to look alike on Node 20 through 26.
// Node 25+ exposes an experimental `localStorage` that warns when read (MSW reads it at load);
// the simulator keeps no cookies across runs, so hide it as Node 20-24 do.
import '../mocks/src/server/withoutNodeWebStorage';
// Node 20 has no global WebSocket (Node 22 does). The client and MSW's `ws` API use the
// standard class, so give Node 20 undici's implementation; on Node >= 22 this does nothing.
import { WebSocket as UndiciWebSocket } from 'undici';

if (typeof globalThis.WebSocket === 'undefined') {
  Object.assign(globalThis, { WebSocket: UndiciWebSocket });
}
