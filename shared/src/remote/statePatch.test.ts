import { applyPatch, diffState, keepEqualParts } from './statePatch';

const before = {
  session: { status: 'ready', user: { id: 'u1' } },
  interactions: {
    ids: ['c1', 'c2'],
    entities: { c1: { id: 'c1', state: 'alerting' }, c2: { id: 'c2', state: 'connected' } },
  },
  notices: { ids: [] as string[], entities: {} as Record<string, { id: string }> },
};

describe('diffState and applyPatch', () => {
  it('rebuilds the next state from the previous one and the ops', () => {
    const after = {
      ...before,
      interactions: {
        ids: ['c2', 'c3'],
        entities: {
          c2: before.interactions.entities.c2,
          c3: { id: 'c3', state: 'alerting' },
        },
      },
      notices: { ids: ['n1'], entities: { n1: { id: 'n1' } } },
    };
    const ops = diffState(before, after);
    expect(applyPatch(before, ops)).toEqual(after);
  });

  it('sends only what changed: one entity, not the whole slice', () => {
    const after = {
      ...before,
      interactions: {
        ...before.interactions,
        entities: { ...before.interactions.entities, c1: { id: 'c1', state: 'connected' } },
      },
    };
    expect(diffState(before, after)).toEqual([
      { path: ['interactions', 'entities', 'c1'], value: { id: 'c1', state: 'connected' } },
    ]);
  });

  it('keeps untouched parts as the same objects, so memoised selectors keep their results', () => {
    const ops = [{ path: ['interactions', 'entities', 'c1'], value: { id: 'c1', state: 'held' } }];
    const patched = applyPatch(before, ops);
    expect(patched.session).toBe(before.session);
    expect(patched.interactions.entities.c2).toBe(before.interactions.entities.c2);
    expect(patched.interactions.entities.c1).toEqual({ id: 'c1', state: 'held' });
    expect(before.interactions.entities.c1.state).toBe('alerting');
  });

  it('removes keys that are gone', () => {
    const after = { ...before, notices: undefined };
    delete after.notices;
    const patched = applyPatch(before, diffState(before, after));
    expect('notices' in patched).toBe(false);
  });

  it('gives no ops for the same state', () => {
    expect(diffState(before, before)).toEqual([]);
  });

  it('ignores ops aimed at an object prototype', () => {
    const patched = applyPatch<Record<string, unknown>>({}, [
      { path: ['__proto__', 'polluted'], value: true },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(patched.polluted).toBeUndefined();
  });
});

describe('keepEqualParts', () => {
  it('returns the previous object when the next one is only equal', () => {
    const prev = { a: { b: [1, 2] }, c: 'x' };
    expect(keepEqualParts(prev, { a: { b: [1, 2] }, c: 'x' })).toBe(prev);
  });

  it('shares the equal parts of a changed state', () => {
    const prev = { a: { b: [1, 2] }, c: 'x' };
    const next = keepEqualParts(prev, { a: { b: [1, 2] }, c: 'y' });
    expect(next).toEqual({ a: { b: [1, 2] }, c: 'y' });
    expect(next.a).toBe(prev.a);
  });
});
