// Host 2: the browser service worker (mockServiceWorker.js, written by `msw init`).
import { setupWorker } from 'msw/browser';
import { AcdEngine, type AcdEngineOptions } from './engine/acdEngine';
import { createSimulatorHandlers } from './handlers/simulatorHandlers';

export function createSimulatorWorker(options: AcdEngineOptions = {}) {
  const engine = new AcdEngine(options);
  const worker = setupWorker(...createSimulatorHandlers(engine));
  return { engine, worker };
}
