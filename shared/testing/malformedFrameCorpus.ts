// Hostile and broken notification frames, built from a real snapshot and message of the chat
// under test so each differs from a good frame in one way only. Shared by the core test and
// the browser test, which sends them through the real socket.
import type { ChatConversation, WebChatMessage } from '../src/platform/platformTypes';
import { chatMessagesTopic, userChatsTopic } from '../src/platform/platformTypes';

export interface CorpusInput {
  userId: string;
  otherUserId: string;
  /** A snapshot of the chat as the platform last sent it. */
  snapshot: ChatConversation;
  /** One message of the chat as the platform sent it. */
  message: WebChatMessage;
}

export interface CorpusFrame {
  name: string;
  data: string;
}

type Json = Record<string, unknown>;

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const NESTED_TOKEN = '__corpus_deeply_nested__';

/**
 * Stands for `depth` arrays inside each other (what a recursive reader overflows on). It is
 * spliced into the frame's text, since JSON.stringify itself would overflow on it.
 */
const nested = (depth: number): string => `${NESTED_TOKEN}${depth}`;

function spliceNesting(text: string): string {
  return text.replace(new RegExp(`"${NESTED_TOKEN}(\\d+)"`, 'g'), (_whole, depth: string) => {
    const n = Number(depth);
    return `${'['.repeat(n)}${']'.repeat(n)}`;
  });
}

export function malformedFrames(input: CorpusInput): CorpusFrame[] {
  const { userId, otherUserId, snapshot, message } = input;
  const cid = snapshot.id;
  const userTopic = userChatsTopic(userId);
  const messageTopic = chatMessagesTopic(cid);
  const frames: CorpusFrame[] = [];
  const add = (name: string, data: string) => frames.push({ name, data });
  const envelope = (topicName: unknown, eventBody: unknown, type?: string) =>
    spliceNesting(
      JSON.stringify({
        topicName,
        version: '2',
        eventBody,
        metadata: { CorrelationId: 'corpus', ...(type === undefined ? {} : { type }) },
      }),
    );

  const messageWith = (name: string, change: (m: Json) => void) => {
    const m = clone(message) as unknown as Json;
    m.id = `corpus-${frames.length}`;
    change(m);
    add(`message: ${name}`, envelope(messageTopic, m, 'message'));
  };
  messageWith('timestamp "not a date"', (m) => (m.timestamp = 'not a date'));
  messageWith('timestamp empty', (m) => (m.timestamp = ''));
  messageWith('timestamp month 13', (m) => (m.timestamp = '2026-13-01T10:00:00Z'));
  messageWith('timestamp a number', (m) => (m.timestamp = 1_764_300_000_000));
  messageWith('timestamp an object', (m) => (m.timestamp = { $date: 1 }));
  messageWith('timestamp far beyond Intl', (m) => (m.timestamp = '+275760-09-14T00:00:00Z'));
  messageWith('body a number', (m) => (m.body = 42));
  messageWith('body an object', (m) => (m.body = { text: 'hi' }));
  messageWith('body null', (m) => (m.body = null));
  messageWith('body over the platform limit', (m) => (m.body = 'x'.repeat(50_000)));
  messageWith('body deeply nested', (m) => (m.body = nested(5_000)));
  messageWith('no sender', (m) => delete m.sender);
  messageWith('sender id a number', (m) => (m.sender = { id: 7 }));
  messageWith('another conversation', (m) => (m.conversation = { id: 'someone-elses-chat' }));
  messageWith('bodyType an array', (m) => (m.bodyType = ['standard']));
  add(
    'message: unknown metadata type',
    envelope(messageTopic, { ...message, id: 'corpus-type' }, 'rumour'),
  );

  const snapshotWith = (name: string, change: (s: Json, customer: Json, agent: Json) => void) => {
    const s = clone(snapshot) as unknown as Json;
    const participants = s.participants as Json[];
    const customer = participants.find((p) => p.purpose === 'customer') ?? {};
    const agent =
      participants.find(
        (p) => p.purpose === 'agent' && (p.user as Json | undefined)?.id === userId,
      ) ?? {};
    change(s, customer, agent);
    add(`snapshot: ${name}`, envelope(userTopic, s));
  };
  snapshotWith('customer name an object', (_s, c) => (c.name = { first: 'Eve' }));
  snapshotWith('customer name a number', (_s, c) => (c.name = 12));
  snapshotWith('customer address an array', (_s, c) => (c.address = ['a@b.c']));
  snapshotWith('start time "yesterday"', (_s, c) => (c.startTime = 'yesterday'));
  snapshotWith('agent start time missing', (_s, _c, a) => delete a.startTime);
  snapshotWith('connected time not a date', (_s, _c, a) => (a.connectedTime = 'soon'));
  snapshotWith('hold time a number', (_s, _c, a) => (a.startHoldTime = 0));
  snapshotWith('state unknown', (_s, _c, a) => (a.state = 'exploded'));
  snapshotWith('held a string', (_s, _c, a) => (a.held = 'yes'));
  snapshotWith('queue name an object', (_s, _c, a) => (a.queue = { id: 'q', name: { en: 'x' } }));
  snapshotWith('user without id', (_s, _c, a) => (a.user = { name: 'Alex' }));
  snapshotWith('attributes hold an object', (_s, _c, a) => (a.attributes = { x: { y: 1 } }));
  snapshotWith('wrap-up prompt unknown', (_s, _c, a) => (a.wrapupPrompt = 'whenever'));
  snapshotWith('wrap-up timeout negative', (_s, _c, a) => (a.wrapupTimeoutMs = -5));
  snapshotWith('wrap-up code a number', (_s, _c, a) => (a.wrapup = { code: 5, name: 'x' }));
  snapshotWith('participants null', (s) => (s.participants = null));
  snapshotWith('participants deeply nested', (s) => (s.participants = [nested(5_000)]));
  snapshotWith('huge (2 MB)', (_s, c) => (c.attributes = { pad: 'x'.repeat(2_000_000) }));
  add("snapshot: another user's topic", envelope(userChatsTopic(otherUserId), clone(snapshot)));

  add('not JSON', 'not json at all {');
  add('JSON null', 'null');
  add('an array', JSON.stringify([1, 2, 3]));
  add('no topic', JSON.stringify({ eventBody: clone(message) }));
  add('topic a number', envelope(42, clone(message)));
  add('unknown topic', envelope(`v2.users.${userId}.presence`, {}));
  add(
    'deeply nested envelope',
    `{"topicName":"x","eventBody":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
  );
  return frames;
}
