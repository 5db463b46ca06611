// One leader per browser: only the background holding the lock runs the core; when it goes
// away, the next waiting background leads. The lock manager here grants in request order and
// releases when a holder "closes", as the browser does when a tab's document goes away.
import { whenLeader, LEADER_LOCK, type LockRequester } from './leadership';

function fakeLocks() {
  const queue: { name: string; run: () => Promise<unknown>; release: () => void }[] = [];
  let held: (typeof queue)[number] | null = null;
  const grantNext = () => {
    if (held !== null) return;
    held = queue.shift() ?? null;
    if (held !== null) void held.run();
  };
  const requester = (tab: { closed: Promise<void> }): LockRequester => ({
    request(name, callback) {
      return new Promise((resolve) => {
        let released = false;
        const entry = {
          name,
          // As the browser does: the lock goes when the callback's promise settles.
          run: () => callback().finally(() => entry.release()),
          release: () => {
            if (released) return;
            released = true;
            held = null;
            resolve(undefined);
            grantNext();
          },
        };
        queue.push(entry);
        // The tab closing ends its document, and with it the lock it holds or waits for.
        void tab.closed.then(() => {
          const waiting = queue.indexOf(entry);
          if (waiting !== -1) queue.splice(waiting, 1);
          if (held === entry) entry.release();
        });
        grantNext();
      });
    },
  });
  return { requester, holder: () => held?.name ?? null };
}

function tab() {
  let close: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => {
    close = resolve;
  });
  return { closed, close: () => close() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('one Zendesk background leads per browser', () => {
  it('starts the core in the first tab only; the next tab leads when that tab closes', async () => {
    const locks = fakeLocks();
    const [one, two, three] = [tab(), tab(), tab()];
    const led: string[] = [];
    void whenLeader(locks.requester(one), () => {
      led.push('one');
      return Promise.resolve();
    });
    void whenLeader(locks.requester(two), () => {
      led.push('two');
      return Promise.resolve();
    });
    void whenLeader(locks.requester(three), () => {
      led.push('three');
      return Promise.resolve();
    });
    await settle();
    expect(led).toEqual(['one']);
    expect(locks.holder()).toBe(LEADER_LOCK);

    one.close();
    await settle();
    await settle();
    expect(led).toEqual(['one', 'two']);

    three.close(); // a waiting tab that closes never leads
    two.close();
    await settle();
    await settle();
    expect(led).toEqual(['one', 'two']);
    expect(locks.holder()).toBeNull();
  });

  it('a leader that cannot start gives the lock to the next tab and says why', async () => {
    const locks = fakeLocks();
    const failing = whenLeader(locks.requester(tab()), () =>
      Promise.reject(new Error('no settings')),
    );
    await expect(failing).rejects.toThrow('no settings');
    let second = false;
    await whenLeader(locks.requester(tab()), () => {
      second = true;
      return Promise.resolve();
    });
    expect(second).toBe(true);
  });

  it('without Web Locks every background leads (the behaviour before)', async () => {
    let led = 0;
    await whenLeader(null, () => {
      led += 1;
      return Promise.resolve();
    });
    expect(led).toBe(1);
  });
});
