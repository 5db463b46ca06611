// Installed in the page before React loads: a minimal stand-in for the React DevTools hook
// that counts, per commit, the components that actually rendered (the fibers React marks
// PerformedWork, walking only the subtrees the commit touched, as DevTools does). Mounts
// (a new transcript line) are counted apart from re-renders of components already shown.
export const RENDER_COUNTER_SCRIPT = `(() => {
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const PERFORMED_WORK = 1;
  const counter = { renders: 0, mounts: 0, commits: 0, byName: {}, rendersByName: {} };
  function walk(next, prev) {
    if (COMPONENT_TAGS.has(next.tag) && (prev === null || (next.flags & PERFORMED_WORK) !== 0)) {
      if (prev === null) counter.mounts += 1;
      const type = next.type && (next.type.type || next.type.render || next.type);
      const name = (type && (type.displayName || type.name)) || 'anonymous';
      counter.byName[name] = (counter.byName[name] || 0) + 1;
      if (prev !== null) {
        counter.renders += 1;
        counter.rendersByName[name] = (counter.rendersByName[name] || 0) + 1;
      }
    }
    if (prev === null || next.child !== prev.child) {
      for (let child = next.child; child !== null; child = child.sibling) {
        walk(child, prev === null ? null : child.alternate);
      }
    }
  }
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) { this.renderers.set(1, renderer); return 1; },
    onScheduleFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      counter.commits += 1;
      const current = root.current;
      walk(current, current.alternate);
    },
    onPostCommitFiberRoot() {},
    onCommitFiberUnmount() {},
    checkDCE() {},
  };
  window.__acdRenders = counter;
})();`;
