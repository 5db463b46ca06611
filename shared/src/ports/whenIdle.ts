// When the page has nothing more urgent to do: the next idle period of the browser's main
// thread (requestIdleCallback), at most `maxWaitMs` away; where there is none (Safari, Node)
// the next turn of the event loop.

export type WhenIdle = (maxWaitMs: number) => Promise<void>;

export const pageIdle: WhenIdle = (maxWaitMs) =>
  new Promise((resolve) => {
    // Called by its global name (its `this` the global), not detached from it: a detached
    // browser method throws "Illegal invocation".
    if ('requestIdleCallback' in globalThis)
      requestIdleCallback(() => resolve(), { timeout: maxWaitMs });
    else setTimeout(resolve);
  });
