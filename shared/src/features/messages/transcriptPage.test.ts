// A history page (fetch after a reload, resync) lands in one action and puts every line where
// the socket, one message at a time, would have put it: timestamp order, no line twice.
import type { WebChatMessage } from '../../platform/platformTypes';
import {
  allMessagesById,
  messageArrived,
  messageOf,
  messagesSlice,
  transcriptLoaded,
} from './messagesSlice';

const reduce = messagesSlice.reducer;
const at = (second: number) => new Date(Date.UTC(2026, 10, 28, 9, 0, second)).toISOString();
const message = (id: string, second: number, body = `line ${id}`): WebChatMessage => ({
  id,
  conversation: { id: 'c1' },
  sender: { id: 'customer-comm' },
  body,
  bodyType: 'standard',
  timestamp: at(second),
});

const oneByOne = (messages: WebChatMessage[], state = reduce(undefined, { type: 'init' })) =>
  messages.reduce((s, m) => reduce(s, messageArrived(m)), state);
const asPage = (messages: WebChatMessage[], state = reduce(undefined, { type: 'init' })) =>
  reduce(state, transcriptLoaded({ conversationId: 'c1', messages, agentSenderIds: ['a'] }));

describe('a transcript page loaded at once', () => {
  it('orders lines by time whatever order the page has, ties in page order', () => {
    const page = [message('m3', 3), message('m1', 1), message('m2b', 2), message('m2a', 2)];
    const state = asPage(page);
    expect(state.entities.c1?.messageIds).toEqual(['m1', 'm2b', 'm2a', 'm3']);
    expect(state.entities.c1?.loaded).toBe(true);
    expect(state.entities.c1?.messageIds).toEqual(oneByOne(page).entities.c1?.messageIds);
  });

  it('merges with lines already shown: no line twice, a repeated line takes the new text', () => {
    const live = oneByOne([message('m2', 2), message('m5', 5, 'before the edit')]);
    const page = [message('m1', 1), message('m2', 2), message('m4', 4), message('m5', 5, 'new')];
    const state = asPage(page, live);
    expect(state.entities.c1?.messageIds).toEqual(['m1', 'm2', 'm4', 'm5']);
    const transcript = state.entities.c1;
    expect(transcript && messageOf(transcript, 'm5')?.body).toBe('new');
    expect(state.entities.c1?.messageIds).toEqual(oneByOne(page, live).entities.c1?.messageIds);
  });

  it('agrees with one-by-one arrival on a long shuffled history with repeats', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    // A message keeps its timestamp wherever it is repeated, as on the platform.
    const history = Array.from({ length: 800 }, () => {
      const n = Math.floor(random() * 600);
      return message(`m${n}`, n % 200);
    });
    const live = oneByOne(history.slice(0, 150));
    const page = history.slice(100);
    const merged = asPage(page, live).entities.c1;
    const sequential = oneByOne(page, live).entities.c1;
    expect(merged?.messageIds).toEqual(sequential?.messageIds);
    expect(merged && allMessagesById(merged)).toEqual(sequential && allMessagesById(sequential));
    expect(new Set(merged?.messageIds).size).toBe(merged?.messageIds.length);
  });

  it('a 5,000-line page is one action and leaves later socket lines in order', () => {
    const page = Array.from({ length: 5_000 }, (_, i) => message(`h${i}`, i % 3_600));
    let state = asPage(page);
    state = reduce(state, messageArrived(message('live', 3_599)));
    const ids = state.entities.c1?.messageIds ?? [];
    expect(ids).toHaveLength(5_001);
    expect(ids.at(-1)).toBe('live');
  });
});
