import { createWebStorage } from './browserStorage';
import { createMemoryWebStorage } from './memoryWebStorage';
import { createSessionStore } from './sessionStore';

describe('the Storage port on Web Storage', () => {
  it('reads back what it wrote, under its namespace only', async () => {
    const web = createMemoryWebStorage();
    const storage = createWebStorage(web, 'acd');
    await storage.setItem('drafts', '{"c1":"hello"}');
    await expect(storage.getItem('drafts')).resolves.toBe('{"c1":"hello"}');
    expect(web.getItem('acd:drafts')).toBe('{"c1":"hello"}');
    await expect(storage.getItem('missing')).resolves.toBeNull();
  });

  it('keeps two namespaces apart and clears only its own keys', async () => {
    const web = createMemoryWebStorage();
    web.setItem('someone-else', 'keep me');
    const a = createWebStorage(web, 'a');
    const b = createWebStorage(web, 'b');
    await a.setItem('k', '1');
    await b.setItem('k', '2');
    await expect(a.getItem('k')).resolves.toBe('1');
    expect(a.keys()).toEqual(['k']);
    await a.clear();
    await expect(a.getItem('k')).resolves.toBeNull();
    await expect(b.getItem('k')).resolves.toBe('2');
    expect(web.getItem('someone-else')).toBe('keep me');
  });

  it('removes items', async () => {
    const storage = createWebStorage(createMemoryWebStorage());
    await storage.setItem('k', 'v');
    await storage.removeItem('k');
    await expect(storage.getItem('k')).resolves.toBeNull();
  });

  it('turns a full or blocked browser storage into a rejected promise', async () => {
    const full = createMemoryWebStorage();
    full.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    await expect(createWebStorage(full).setItem('k', 'v')).rejects.toThrow(/quota/);
  });
});

describe('the saved platform session', () => {
  it('comes back for the same platform until it expires', () => {
    let now = 1_000;
    const store = createSessionStore(createMemoryWebStorage(), () => now);
    store.save('http://127.0.0.1:4010', { accessToken: 't', expiresAt: 5_000 });
    expect(store.load('http://127.0.0.1:4010')).toEqual({ accessToken: 't', expiresAt: 5_000 });
    now = 5_000;
    expect(store.load('http://127.0.0.1:4010')).toBeNull();
  });

  it('is never offered to another platform', () => {
    const store = createSessionStore(createMemoryWebStorage(), () => 0);
    store.save('http://127.0.0.1:4010', { accessToken: 't', expiresAt: 9 });
    expect(store.load('https://api.example.test')).toBeNull();
  });

  it('is gone after sign-out and ignores damaged entries', () => {
    const web = createMemoryWebStorage();
    const store = createSessionStore(web, () => 0);
    store.save('p', { accessToken: 't', expiresAt: 9 });
    store.forget();
    expect(store.load('p')).toBeNull();
    web.setItem('acd-agent:session', '{not json');
    expect(store.load('p')).toBeNull();
  });
});
