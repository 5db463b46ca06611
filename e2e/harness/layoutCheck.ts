// Geometry checks of a view (element boxes, not pixels): no sideways scroll; short labels on
// one line (never squeezed to a character per line); no visible text under a control; text
// cut by truncation still available in full as a title. Runs inside the page.
import type { Page } from 'playwright-core';

/** Labels up to this many characters must fit on one line. */
const SHORT_LABEL = 24;

export async function layoutProblems(page: Page, scopeSelector = 'body'): Promise<string[]> {
  return page.evaluate(
    ({ scopeSelector, shortLabel }) => {
      const problems: string[] = [];
      const scope = document.querySelector(scopeSelector);
      if (scope === null) return [`no ${scopeSelector}`];
      const root = document.scrollingElement ?? document.documentElement;
      if (root.scrollWidth > root.clientWidth + 1) {
        problems.push(`sideways scroll: ${root.scrollWidth} > ${root.clientWidth}`);
      }
      const hiddenText = (el: Element) =>
        el.closest('.slds-assistive-text, option, [hidden], [aria-hidden="true"]') !== null;
      const shown = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.width > 2 && r.height > 2 && el.checkVisibility({ visibilityProperty: true });
      };
      const describe = (el: Element) =>
        `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> "${el.textContent.trim().slice(0, 40)}"`;

      /** The visible boxes of a text node, cut by every ancestor that clips (truncation). */
      const textBoxes = (node: Text): DOMRect[] => {
        const range = document.createRange();
        range.selectNodeContents(node);
        let boxes = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
        for (let el = node.parentElement; el !== null; el = el.parentElement) {
          const style = getComputedStyle(el);
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
          const clip = el.getBoundingClientRect();
          boxes = boxes
            .map(
              (b) =>
                new DOMRect(
                  Math.max(b.left, clip.left),
                  Math.max(b.top, clip.top),
                  Math.min(b.right, clip.right) - Math.max(b.left, clip.left),
                  Math.min(b.bottom, clip.bottom) - Math.max(b.top, clip.top),
                ),
            )
            .filter((b) => b.width > 0.5 && b.height > 0.5);
        }
        return boxes;
      };
      const textNodes = (el: Element): Text[] => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const out: Text[] = [];
        for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
          const text = n as Text;
          if (text.data.trim() === '' || text.parentElement === null) continue;
          if (hiddenText(text.parentElement) || !shown(text.parentElement)) continue;
          out.push(text);
        }
        return out;
      };

      // Short labels of controls on one line; headings may wrap, but never squeezed to a
      // character or two per line.
      const labels = scope.querySelectorAll(
        'button, [role="tab"], [role="menuitem"], label, .slds-form-element__label, legend, .slds-badge, .slds-pill, h1, h2, h3',
      );
      for (const label of labels) {
        if (!shown(label)) continue;
        const nodes = textNodes(label);
        const text = nodes
          .map((n) => n.data)
          .join('')
          .trim();
        if (text === '') continue;
        const lines = new Map<number, number>();
        for (const b of nodes.flatMap((n) => textBoxes(n))) {
          const top = Math.round(b.top);
          lines.set(top, (lines.get(top) ?? 0) + b.width);
        }
        if (lines.size <= 1) continue;
        const em = parseFloat(getComputedStyle(label).fontSize);
        const narrowest = Math.min(...lines.values());
        const heading = /^H\d$/.test(label.tagName);
        // Japanese labels have no surrogate pairs; length counts their characters.
        if (!heading && text.length <= shortLabel) {
          problems.push(`label on ${lines.size} lines: ${describe(label)}`);
        } else if (lines.size > 2 && narrowest < 2.5 * em) {
          problems.push(`squeezed to ${lines.size} narrow lines: ${describe(label)}`);
        }
      }

      // No text under a control.
      const controls = [
        ...scope.querySelectorAll(
          'button, input:not([type="checkbox"]):not([type="radio"]), select, textarea, [role="combobox"]',
        ),
      ].filter(shown);
      // A docked action area (position sticky or fixed) lies over the content that scrolls
      // under it by design: text and controls on different sides of it are not compared.
      const dock = (el: Element): Element | null => {
        for (let at: Element | null = el; at !== null; at = at.parentElement) {
          const position = getComputedStyle(at).position;
          if (position === 'sticky' || position === 'fixed') return at;
        }
        return null;
      };
      for (const node of textNodes(scope)) {
        const parent = node.parentElement as Element;
        if (parent.closest('[role="listbox"], [role="menu"], .slds-dropdown') !== null) continue;
        for (const box of textBoxes(node)) {
          for (const control of controls) {
            if (control.contains(parent)) continue;
            if (dock(control) !== dock(parent)) continue;
            const c = control.getBoundingClientRect();
            const dx = Math.min(box.right, c.right) - Math.max(box.left, c.left);
            const dy = Math.min(box.bottom, c.bottom) - Math.max(box.top, c.top);
            if (dx > 2 && dy > 2) {
              problems.push(
                `text under a control: "${node.data.trim().slice(0, 30)}" under ${describe(control)}`,
              );
            }
          }
        }
      }

      // Truncated text keeps its full text in a title.
      for (const el of scope.querySelectorAll('.slds-truncate')) {
        if (!shown(el) || el.scrollWidth <= el.clientWidth + 1) continue;
        const full = textNodes(el)
          .map((n) => n.data)
          .join('')
          .trim();
        const titled = el.closest('[title]')?.getAttribute('title') ?? '';
        if (!titled.includes(full)) problems.push(`truncated without a title: ${describe(el)}`);
      }
      return [...new Set(problems)];
    },
    { scopeSelector, shortLabel: SHORT_LABEL },
  );
}

/**
 * Where each named button of the sticky action area is: problems if it is not wholly inside
 * the viewport, or if something other than the button (or an open list that belongs over it)
 * is drawn at its centre.
 */
export async function actionAreaProblems(page: Page, buttonNames: string[]): Promise<string[]> {
  return page.evaluate((names) => {
    const problems: string[] = [];
    const buttons = [...document.querySelectorAll('button')];
    for (const name of names) {
      const button = buttons.find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent.trim()) === name,
      );
      if (button === undefined) {
        problems.push(`no button "${name}"`);
        continue;
      }
      const r = button.getBoundingClientRect();
      if (r.top < 0 || r.bottom > window.innerHeight || r.left < 0 || r.right > window.innerWidth) {
        problems.push(
          `"${name}" outside the ${window.innerWidth}x${window.innerHeight} viewport: ${Math.round(r.left)},${Math.round(r.top)}-${Math.round(r.right)},${Math.round(r.bottom)}`,
        );
        continue;
      }
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const popup = top?.closest('[role="listbox"], .slds-dropdown') ?? null;
      if (top === null || (!button.contains(top) && popup === null)) {
        problems.push(`"${name}" is covered by <${top?.tagName.toLowerCase() ?? 'nothing'}>`);
      }
    }
    return problems;
  }, buttonNames);
}
