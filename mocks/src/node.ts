// Host 1: msw/node, for jest. The server intercepts fetch and the standard WebSocket class.
import { setupServer } from 'msw/node';
import { AcdEngine, type AcdEngineOptions } from './engine/acdEngine';
import { createSimulatorHandlers } from './handlers/simulatorHandlers';

export function createSimulatorServer(options: AcdEngineOptions = {}) {
  const engine = new AcdEngine(options);
  const server = setupServer(...createSimulatorHandlers(engine));
  return { engine, server };
}
