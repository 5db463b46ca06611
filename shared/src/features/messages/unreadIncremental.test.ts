// The unread burst is extended, not recounted, when a long transcript only grew at the end.
// Whatever happens to the transcript (late lines in the middle, a history page, the agent's
// own lines, the agent reading), the answer is the one a full count gives.
import { rootReducer, type RootState } from '../../app/rootReducer';
import { connectedChat } from '../../../testing/chatSnapshots';
import { lastSeenRecorded, signedIn, snapshotReceived } from '../interactions/interactionsSlice';
import { selectUnreadIds, unreadIds } from './messageSelectors';
import { agentSendersKnown, messageArrived, transcriptLoaded } from './messagesSlice';

const CID = 'c1';

const message = (id: string, second: number, sender: 'customer' | 'agent') => ({
  id,
  conversation: { id: CID },
  sender: { id: sender },
  body: `line ${id}`,
  bodyType: 'standard' as const,
  timestamp: new Date(Date.UTC(2026, 10, 28, 9, 0, second)).toISOString(),
});

function fullCount(state: RootState): string[] {
  return unreadIds(
    state.messages.entities[CID],
    state.interactions.entities[CID]?.lastSeenMessageId,
  );
}

describe('the unread burst of a growing transcript', () => {
  it('always equals a full count, through appends, late lines, pages and reading', () => {
    let state = rootReducer(undefined, { type: '@@init' });
    state = rootReducer(state, signedIn({ userId: 'agent-1' }));
    state = rootReducer(state, snapshotReceived(connectedChat(CID, 'agent-1')));
    state = rootReducer(
      state,
      agentSendersKnown({ conversationId: CID, agentSenderIds: ['agent'] }),
    );
    // A small fixed-seed generator (32-bit integer steps, so the walk is the same each run).
    let seed = 11;
    const random = () => {
      seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
      return seed / 2 ** 32;
    };
    let second = 1_000;
    let extended = 0;
    for (let step = 0; step < 600; step += 1) {
      const roll = random();
      const n = String(step);
      if (roll < 0.6) {
        second += 1;
        state = rootReducer(
          state,
          messageArrived(message(`m${n}`, second, roll < 0.45 ? 'customer' : 'agent')),
        );
      } else if (roll < 0.7) {
        // A late line, older than the newest.
        state = rootReducer(state, messageArrived(message(`late${n}`, second - 50, 'customer')));
      } else if (roll < 0.73) {
        // Seen on another device: a message this transcript has not loaded.
        state = rootReducer(
          state,
          lastSeenRecorded({ conversationId: CID, messageId: 'elsewhere' }),
        );
      } else if (roll < 0.76) {
        const page = [message(`old${n}`, Math.floor(random() * second), 'customer')];
        state = rootReducer(
          state,
          transcriptLoaded({ conversationId: CID, messages: page, agentSenderIds: ['agent'] }),
        );
      } else if (roll < 0.8) {
        const ids = state.messages.entities[CID]?.messageIds ?? [];
        const seen = ids[Math.floor(random() * ids.length)];
        if (seen !== undefined) {
          state = rootReducer(state, lastSeenRecorded({ conversationId: CID, messageId: seen }));
        }
      }
      const before = selectUnreadIds(state, CID);
      expect(before).toEqual(fullCount(state));
      if (roll < 0.6) extended += 1;
    }
    // The walk did grow the transcript at the end most of the time.
    expect(extended).toBeGreaterThan(300);
    expect(state.messages.entities[CID]?.messageIds.length).toBeGreaterThan(400);
  });
});
