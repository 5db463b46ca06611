// The page's next idle moment: the browser's requestIdleCallback, bounded; elsewhere the next
// turn of the event loop. (That the browser's own method is called correctly, by its global
// name, every browser test shows: each client's first channel waits for it.)
import { pageIdle } from './whenIdle';

type IdleGlobal = { requestIdleCallback?: unknown };

afterEach(() => {
  delete (globalThis as IdleGlobal).requestIdleCallback;
});

it('asks the browser for its next idle period, bounded, and resolves when it comes', async () => {
  const asked: number[] = [];
  let idle: () => void = () => undefined;
  (globalThis as IdleGlobal).requestIdleCallback = (
    callback: () => void,
    options: { timeout: number },
  ) => {
    asked.push(options.timeout);
    idle = callback;
    return 1;
  };
  let resolved = false;
  const waiting = pageIdle(300).then(() => {
    resolved = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(resolved).toBe(false);
  expect(asked).toEqual([300]);

  idle();
  await waiting;
  expect(resolved).toBe(true);
});

it('resolves on the next turn of the event loop where there is no such call', async () => {
  expect((globalThis as IdleGlobal).requestIdleCallback).toBeUndefined();
  const order: string[] = [];
  const waiting = pageIdle(300).then(() => order.push('idle'));
  await Promise.resolve();
  order.push('same turn');
  await waiting;
  expect(order).toEqual(['same turn', 'idle']);
});
