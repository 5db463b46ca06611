// One leader per browser: every Zendesk tab runs a background instance, but only the one that
// holds this Web Lock runs the core (one platform connection, one ring, one outbox). The
// browser releases the lock when the holder's document goes away (its tab closed or
// reloaded) and grants it to the next waiting background, which then starts the core from
// the stored session and outbox.
export const LEADER_LOCK = 'acd-zendesk:leader';

export interface LockRequester {
  request(name: string, callback: () => Promise<unknown>): Promise<unknown>;
}

/** The browser's Web Locks, or null where there are none (then every tab leads, as before). */
export function browserLocks(): LockRequester | null {
  const locks: LockManager | undefined = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks === undefined ? null : locks;
}

/**
 * Runs `lead` once this background holds the lock, and keeps the lock for the life of the
 * page. Resolves when leading starts (tests and logs), never if the lock never comes.
 */
export function whenLeader(locks: LockRequester | null, lead: () => Promise<void>): Promise<void> {
  if (locks === null) return lead();
  return new Promise<void>((started, failed) => {
    void locks
      .request(LEADER_LOCK, async () => {
        try {
          await lead();
          started();
        } catch (error) {
          // A leader that could not start gives the lock back for the next tab.
          failed(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        // Held until this document goes away.
        await new Promise<never>(() => undefined);
      })
      .catch((error: unknown) => {
        failed(error instanceof Error ? error : new Error(String(error)));
      });
  });
}
