// The transcript, virtualised so thousands of messages scroll smoothly; it follows new
// messages while the agent is at the bottom, and the New message control jumps to the
// first unread one. Its geometry is set with setInlineStyles, not the `style` prop (which
// does nothing inside Lightning Web Security, see inlineStyles.ts), and if lines exist but
// none can be laid out it says so and lists them unvirtualised instead of staying blank.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useAppSelector } from '../../app/hooks';
import { useTranslate } from '../app/useTranslate';
import { setInlineStyles } from '../dom/inlineStyles';
import { TranscriptLine } from './TranscriptLine';
import { useLineVirtualizer, type LineVirtualizer } from './useLineVirtualizer';
import { selectMessageIds } from './windowSelectors';

interface Props {
  conversationId: string;
  customerName: string;
  agentName: string;
  /** A message to bring into view (the first unread), set by the New message control. */
  jumpTo: { messageId: string; at: number } | null;
}

const ESTIMATED_LINE_PX = 56;
/** A bounded viewport is what keeps virtualisation on; hosts may override the class. */
const VIEWPORT_STYLES = { maxHeight: 'min(50vh, 28rem)', overflowY: 'auto' } as const;
const LINE_STYLES = { position: 'absolute', top: '0', left: '0', width: '100%' } as const;
/** How long lines may stay unlaid-out before the transcript reports it (layout is async). */
const LAYOUT_GRACE_MS = 1500;

export function Transcript({ conversationId, customerName, agentName, jumpTo }: Props) {
  const ids = useAppSelector((s) => selectMessageIds(s, conversationId));
  const { t } = useTranslate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const innerRef = useRef<HTMLDivElement>(null);
  const [layoutFailed, setLayoutFailed] = useState(false);
  // Where each rendered line sits, written to the DOM; the last position written per line is
  // kept so a change that moves nothing writes nothing.
  const placed = useRef(new WeakMap<Element, number>());
  const place = useCallback((virtualizer: LineVirtualizer) => {
    const inner = innerRef.current;
    if (inner === null) return;
    setInlineStyles(inner, {
      height: `${virtualizer.getTotalSize()}px`,
      position: 'relative',
      width: '100%',
    });
    const starts = new Map(virtualizer.getVirtualItems().map((item) => [item.index, item.start]));
    for (const row of Array.from(inner.children)) {
      const index = Number((row as HTMLElement).dataset.index);
      const start = starts.get(index) ?? virtualizer.measurementsCache[index]?.start;
      if (start === undefined || placed.current.get(row) === start) continue;
      placed.current.set(row, start);
      setInlineStyles(row as HTMLElement, { ...LINE_STYLES, transform: `translateY(${start}px)` });
    }
  }, []);
  const { virtualizer, items } = useLineVirtualizer(
    {
      count: ids.length,
      getScrollElement: () => scrollRef.current,
      estimateSize: () => ESTIMATED_LINE_PX,
      getItemKey: (index) => ids[index] ?? index,
      overscan: 6,
      // A chat reads from the bottom: start there and follow new lines while the agent is
      // at the end, but stay put when they scrolled up to read.
      anchorTo: 'end',
      followOnAppend: true,
    },
    place,
  );

  // After every render: the geometry the virtualiser computed, written so it applies in any
  // host (React's style prop is lost inside the LWS membrane).
  useLayoutEffect(() => {
    if (scrollRef.current !== null) setInlineStyles(scrollRef.current, VIEWPORT_STYLES);
    place(virtualizer);
  });

  // Lines to show but none laid out after a while: the host broke layout. Say so (to the
  // agent and in the console) and fall back to a plain list, so nothing is hidden.
  const nothingLaidOut = ids.length > 0 && items.length === 0;
  useEffect(() => {
    if (!nothingLaidOut || layoutFailed) return undefined;
    const timer = setTimeout(() => {
      const viewport = scrollRef.current;
      console.error(
        `[acd-ui] The transcript could not lay out ${ids.length} lines (viewport ${String(viewport?.clientWidth)}x${String(viewport?.clientHeight)}, inline styles ${viewport?.getAttribute('style') ?? 'missing'}); showing them without virtual scrolling.`,
      );
      setLayoutFailed(true);
    }, LAYOUT_GRACE_MS);
    return () => clearTimeout(timer);
  }, [nothingLaidOut, layoutFailed, ids.length]);

  // Open at the newest line; afterwards followOnAppend keeps the end in view.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (el !== null) el.scrollTop = virtualizer.getTotalSize();
  }, [virtualizer]);

  useEffect(() => {
    if (jumpTo === null) return;
    const index = ids.indexOf(jumpTo.messageId);
    const target = index < 0 ? undefined : virtualizer.getOffsetForIndex(index, 'start');
    if (target !== undefined && scrollRef.current !== null) scrollRef.current.scrollTop = target[0];
    // `at` makes a second click on the same message jump again.
  }, [jumpTo, ids, virtualizer]);

  const line = (messageId: string) => (
    <TranscriptLine
      conversationId={conversationId}
      messageId={messageId}
      customerName={customerName}
      agentName={agentName}
    />
  );

  if (layoutFailed) {
    return (
      <div className="acd-transcript">
        <p role="alert" className="slds-text-color_error slds-p-bottom_x-small">
          {t('transcript.layoutFailed')}
        </p>
        <div role="log" aria-label={t('transcript.label')} tabIndex={0}>
          {ids.map((id) => (
            <div key={id}>{line(id)}</div>
          ))}
        </div>
      </div>
    );
  }

  return (
    <div
      ref={scrollRef}
      role="log"
      aria-label={t('transcript.label')}
      tabIndex={0}
      className="acd-transcript slds-scrollable_y"
    >
      <div ref={innerRef}>
        {items.map((item) => (
          <div key={item.key} data-index={item.index} ref={virtualizer.measureElement}>
            {line(ids[item.index] ?? '')}
          </div>
        ))}
      </div>
    </div>
  );
}
