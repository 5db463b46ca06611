// When the page has nothing more urgent to do: the next idle period of the browser's main
// thread (requestIdleCallback), at most `maxWaitMs` away; where there is none (Safari, Node)
// the next turn of the event loop.

export type WhenIdle = (maxWaitMs: number) => Promise<void>;

interface IdleScheduler {
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number;
}

export const pageIdle: WhenIdle = (maxWaitMs) =>
  new Promise((resolve) => {
    const scope = globalThis as IdleScheduler;
    // Called on its global: detached, the browser's method throws "Illegal invocation".
    if (typeof scope.requestIdleCallback === 'function') {
      scope.requestIdleCallback(() => resolve(), { timeout: maxWaitMs });
    } else {
      setTimeout(resolve, 0);
    }
  });
