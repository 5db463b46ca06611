// BroadcastChannel semantics in one process, for tests of hosts that talk between frames.
export { createMemoryHub } from '../src/remote/transport';
