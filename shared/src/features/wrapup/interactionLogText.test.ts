// Rule 9: the call log's text, as every CRM shows it, in the agent's language.
import { interactionLogText } from './interactionLogText';

const facts = {
  customer: { name: 'Jo <b>Customer</b>', email: 'jo+vip@example.com' },
  queue: { name: 'Support' },
  agentName: 'Alex Morgan',
  startTime: '2024-06-03T10:00:00.000Z',
  connectedTime: '2024-06-03T10:00:20.000Z',
  endTime: '2024-06-03T10:05:25.000Z',
  durationSeconds: 305,
  wrapupCode: { name: 'Resolved' },
  notes: 'Refund promised',
  transcript: [
    { at: '2024-06-03T10:00:05.000Z', from: 'customer', name: 'Jo', text: 'Where is my <script>?' },
    { at: '2024-06-03T10:05:20.000Z', from: 'system', name: '', text: 'Jo left the chat' },
  ] as const,
};

describe('the call log as text', () => {
  it('lists who, where, when, how long, the wrap-up, the notes and the transcript (en)', () => {
    const text = interactionLogText({ ...facts, transcript: [...facts.transcript] }, 'en');
    expect(text.summary).toBe(
      [
        'Customer: Jo <b>Customer</b>',
        'Email: jo+vip@example.com',
        'Queue: Support',
        'Agent: Alex Morgan',
        'Started: Jun 3, 2024, 10:00:00 AM UTC',
        'Connected: Jun 3, 2024, 10:00:20 AM UTC',
        'Ended: Jun 3, 2024, 10:05:25 AM UTC',
        'Duration: 5:05',
        'Wrap-up: Resolved',
        '',
        'Notes:',
        'Refund promised',
      ].join('\n'),
    );
    // Customer text stays as typed; a system line has no empty speaker before it.
    expect(text.transcript).toBe(
      '[Jun 3, 2024, 10:00:05 AM UTC] Jo: Where is my <script>?\n' +
        '[Jun 3, 2024, 10:05:20 AM UTC] Jo left the chat',
    );
    expect(text.full).toBe(`${text.summary}\n\nTranscript:\n${text.transcript}`);
  });

  it('speaks Japanese to a Japanese agent and says when there are no notes', () => {
    const text = interactionLogText(
      { ...facts, notes: '  ', transcript: [...facts.transcript] },
      'ja',
    );
    expect(text.summary).toContain('キュー: Support');
    expect(text.summary).toContain('通話時間: 5分05秒');
    expect(text.summary).toContain('メモ:\n（なし）');
    expect(text.transcriptHeading).toBe('トランスクリプト:');
  });
});
