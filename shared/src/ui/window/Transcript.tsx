// The transcript, virtualised so thousands of messages scroll smoothly; it follows new
// messages while the agent is at the bottom, and the New message control jumps to the
// first unread one.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useAppSelector } from '../../app/hooks';
import { useTranslate } from '../app/useTranslate';
import { TranscriptLine } from './TranscriptLine';
import { selectMessageIds } from './windowSelectors';

interface Props {
  conversationId: string;
  customerName: string;
  agentName: string;
  /** A message to bring into view (the first unread), set by the New message control. */
  jumpTo: { messageId: string; at: number } | null;
}

const ESTIMATED_LINE_PX = 56;

export function Transcript({ conversationId, customerName, agentName, jumpTo }: Props) {
  const ids = useAppSelector((s) => selectMessageIds(s, conversationId));
  const { t } = useTranslate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_LINE_PX,
    getItemKey: (index) => ids[index] ?? index,
    overscan: 6,
    // A chat reads from the bottom: start there and follow new lines while the agent is
    // at the end, but stay put when they scrolled up to read.
    anchorTo: 'end',
    followOnAppend: true,
  });

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

  return (
    <div
      ref={scrollRef}
      role="log"
      aria-label={t('transcript.label')}
      tabIndex={0}
      className="acd-transcript slds-scrollable_y"
      // A bounded viewport is what keeps virtualisation on; hosts may override the class.
      style={{ maxHeight: 'min(50vh, 28rem)', overflowY: 'auto' }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${item.start}px)`,
            }}
          >
            <TranscriptLine
              conversationId={conversationId}
              messageId={ids[item.index] ?? ''}
              customerName={customerName}
              agentName={agentName}
            />
          </div>
        ))}
      </div>
    </div>
  );
}
