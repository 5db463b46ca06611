// Polls until a condition holds: tests wait for behaviour, never for a fixed time. The
// deadline is only a hang guard (a loaded CI core took more than 5 s to open a socket).
export async function waitFor<T>(
  probe: () => T | undefined | false | null,
  { timeoutMs = 15_000, intervalMs = 10, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false && value !== null) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
