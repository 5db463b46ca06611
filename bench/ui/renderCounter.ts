// Installed in the page before React loads: a minimal stand-in for the React DevTools hook
// that counts, per commit, the components that actually rendered (the fibers React marks
// PerformedWork, walking only the subtrees the commit touched, as DevTools does).
export const RENDER_COUNTER_SCRIPT = `(() => {
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const PERFORMED_WORK = 1;
  const counter = { renders: 0, commits: 0 };
  function walk(next, prev) {
    let count = 0;
    if (COMPONENT_TAGS.has(next.tag) && (prev === null || (next.flags & PERFORMED_WORK) !== 0)) count += 1;
    if (prev === null || next.child !== prev.child) {
      for (let child = next.child; child !== null; child = child.sibling) {
        count += walk(child, prev === null ? null : child.alternate);
      }
    }
    return count;
  }
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) { this.renderers.set(1, renderer); return 1; },
    onScheduleFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      counter.commits += 1;
      const current = root.current;
      counter.renders += walk(current, current.alternate);
    },
    onPostCommitFiberRoot() {},
    onCommitFiberUnmount() {},
    checkDCE() {},
  };
  window.__acdRenders = counter;
})();`;
