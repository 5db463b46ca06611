// TanStack's virtualiser (virtual-core) for the transcript, driven so that the transcript
// renders only when the lines it has rendered no longer cover the view. React Virtual's own
// hook renders on every change the virtualiser reports: a new line's measurement, each
// scroll, and the start and end of "is scrolling". Here such a change only moves the
// rendered lines (`place`, straight to the DOM, as the transcript already positions them)
// unless a line outside the rendered set came into view. So a customer message renders the
// transcript once: the new id, whose line is already inside the overscan at the end.
import {
  Virtualizer,
  elementScroll,
  observeElementOffset,
  observeElementRect,
  type VirtualItem,
  type VirtualizerOptions,
} from '@tanstack/react-virtual';
import { useLayoutEffect, useReducer, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

export type LineVirtualizer = Virtualizer<HTMLDivElement, HTMLDivElement>;
type Options = Omit<
  VirtualizerOptions<HTMLDivElement, HTMLDivElement>,
  'observeElementRect' | 'observeElementOffset' | 'scrollToFn' | 'onChange'
>;

export function useLineVirtualizer(
  options: Options,
  /** Writes the geometry of the rendered lines; called after each render and each change. */
  place: (virtualizer: LineVirtualizer) => void,
): { virtualizer: LineVirtualizer; items: VirtualItem[] } {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // The indexes the last render produced (set during render: a line's measurement arrives
  // in the same commit, before any effect, and must compare against what is being shown).
  const rendered = useRef({ first: 0, last: -1 });
  const measuring = useRef(false);
  const placeRef = useRef(place);
  placeRef.current = place;
  const full: VirtualizerOptions<HTMLDivElement, HTMLDivElement> = {
    ...options,
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    onChange: (instance, sync) => {
      placeRef.current(instance);
      const range = instance.range;
      const shown = rendered.current;
      if (range === null || (range.startIndex >= shown.first && range.endIndex <= shown.last)) {
        return;
      }
      // A scroll that needs new lines shows them in the same frame, as React Virtual does;
      // never inside a commit (a line measured from its ref).
      if (sync && !measuring.current) flushSync(rerender);
      else rerender();
    },
  };
  const [virtualizer] = useState(() => {
    const instance = new Virtualizer(full);
    const measure = instance.measureElement;
    instance.measureElement = (node) => {
      measuring.current = true;
      try {
        measure(node);
      } finally {
        measuring.current = false;
      }
    };
    return instance;
  });
  virtualizer.setOptions(full);
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => {
    virtualizer._willUpdate();
  });
  const items = virtualizer.getVirtualItems();
  rendered.current = { first: items[0]?.index ?? 0, last: items[items.length - 1]?.index ?? -1 };
  return { virtualizer, items };
}
