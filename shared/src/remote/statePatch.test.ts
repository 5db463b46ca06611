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

  it('sends only what changed: one field of one entity, not the whole slice', () => {
    const after = {
      ...before,
      interactions: {
        ...before.interactions,
        entities: { ...before.interactions.entities, c1: { id: 'c1', state: 'connected' } },
      },
    };
    expect(diffState(before, after)).toEqual([
      { path: ['interactions', 'entities', 'c1', 'state'], value: 'connected' },
    ]);
    expect(diffState(before, after, 3)).toEqual([
      { path: ['interactions', 'entities', 'c1'], value: { id: 'c1', state: 'connected' } },
    ]);
  });

  describe('a long transcript', () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => `m${i}`);
    const byId = Object.fromEntries(ids.map((id) => [id, { id, body: `line ${id}` }]));
    const state = {
      messages: { ids: ['c1'], entities: { c1: { id: 'c1', messageIds: ids, byId, recent: {} } } },
    };
    type State = typeof state;
    const withMessage = (s: State, id: string): State => {
      const transcript = s.messages.entities.c1;
      return {
        messages: {
          ...s.messages,
          entities: {
            c1: {
              ...transcript,
              messageIds: [...transcript.messageIds, id],
              recent: { ...transcript.recent, [id]: { id, body: 'new' } },
            },
          },
        },
      };
    };

    it("sends a new message and its id, not the transcript's other 5,000", () => {
      const after = withMessage(state, 'm5000');
      const ops = diffState(state, after);
      expect(ops).toEqual([
        { path: ['messages', 'entities', 'c1', 'messageIds'], append: ['m5000'] },
        {
          path: ['messages', 'entities', 'c1', 'recent', 'm5000'],
          value: { id: 'm5000', body: 'new' },
        },
      ]);
      const patched = applyPatch(state, ops);
      expect(patched).toEqual(after);
      expect(patched.messages.entities.c1.byId).toBe(byId);
    });

    it('applies a fold of many messages into the map as the host has it', () => {
      let grown = state;
      for (let i = 0; i < 64; i += 1) grown = withMessage(grown, `n${i}`);
      const transcript = grown.messages.entities.c1;
      const folded: State = {
        messages: {
          ...grown.messages,
          entities: {
            c1: { ...transcript, byId: { ...transcript.byId, ...transcript.recent }, recent: {} },
          },
        },
      };
      const ops = diffState(grown, folded);
      // 64 new keys in the map, 64 gone from recent: no op carries the whole map.
      expect(ops).toHaveLength(128);
      const patched = applyPatch(grown, ops);
      expect(patched).toEqual(folded);
      expect(patched.messages.entities.c1.byId.m0).toBe(byId.m0);
      expect(grown.messages.entities.c1.byId).toBe(byId);
      expect(Object.keys(grown.messages.entities.c1.recent)).toHaveLength(64);
    });

    it('sends the whole array when it changed other than at its end', () => {
      const reordered = {
        messages: {
          ...state.messages,
          entities: {
            c1: { ...state.messages.entities.c1, messageIds: ['m0', 'x', ...ids.slice(1)] },
          },
        },
      };
      const ops = diffState(state, reordered);
      expect(ops).toEqual([
        { path: ['messages', 'entities', 'c1', 'messageIds'], value: ['m0', 'x', ...ids.slice(1)] },
      ]);
      expect(applyPatch(state, ops)).toEqual(reordered);
    });
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
