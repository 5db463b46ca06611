// Waits for what a browser test expects to see: polls every 100 ms until it holds, and when
// it never does, fails saying what it last saw. The timeout is a hang guard, not a timing.
const poll = () => new Promise((resolve) => setTimeout(resolve, 100));

/** Reads until `ok` holds, then returns the value. */
export async function eventually<T>(
  read: () => Promise<T> | T,
  ok: (value: T) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const last = await read();
    if (ok(last)) return last;
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    }
    await poll();
  }
}

/** Probes until the value equals `expected` (deeply), else fails with jest's diff. */
export async function eventuallyEqual<T>(
  probe: () => Promise<T>,
  expected: T,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await poll();
    last = await probe();
  }
  expect(last).toEqual(expected);
}
