// A sidebar reads its own ticket and reports it over the BroadcastChannel; the leading
// background keeps only well-formed reports, and the latest sidebar shown is the one in view.
import { createFakeZafClient } from '../../testing/fakeZafClient';
import { createTicketTracker } from '../background/ticketTracker';
import { asTicketInView, createTicketReporter, readTicketInView } from './ticketInView';
import type { ZafClient } from '../zaf/zafClient';

describe('the ticket in view', () => {
  it('is read by the sidebar with its own client, requester included', async () => {
    const zaf = createFakeZafClient({
      context: { location: 'ticket_sidebar', instanceGuid: 'side-1' },
      data: {
        'ticket.id': 42,
        'ticket.subject': 'Refund',
        'ticket.requester': { id: 501, name: 'Jo Customer', email: 'jo@example.com' },
      },
    });
    await expect(readTicketInView(zaf.client)).resolves.toEqual({
      id: 42,
      subject: 'Refund',
      requester: { id: 501, name: 'Jo Customer' },
    });
  });

  it('is none on a page without a ticket', async () => {
    const zaf = createFakeZafClient({ context: { location: 'top_bar', instanceGuid: 'top-1' } });
    await expect(readTicketInView(zaf.client)).resolves.toBeNull();
  });

  it('ignores a malformed report, and an odd requester', () => {
    expect(asTicketInView(null)).toBeNull();
    expect(asTicketInView({ id: '42' })).toBeNull();
    expect(asTicketInView({ id: 42, subject: 7, requester: { id: 'x', name: 'Jo' } })).toEqual({
      id: 42,
      subject: '',
    });
  });

  it('follows the sidebar shown last, and the one before when it hides', () => {
    const tracker = createTicketTracker();
    tracker.report('side-1', true, { id: 1, subject: 'One' });
    tracker.report('side-2', true, { id: 2, subject: 'Two' });
    expect(tracker.current()?.id).toBe(2);
    tracker.report('side-2', false);
    expect(tracker.current()?.id).toBe(1);
    tracker.report('side-1', false);
    expect(tracker.current()).toBeNull();
  });

  it('a sidebar hidden while its ticket was still being read is not left in view', async () => {
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    const slowClient = {
      get: () => new Promise<Record<string, unknown>>((resolve) => (answer = resolve)),
    } as unknown as ZafClient;
    const tracker = createTicketTracker();
    const report = createTicketReporter(slowClient, (inView, ticket) => {
      tracker.report('side-1', inView, ticket);
      return Promise.resolve();
    });
    const shown = report(true);
    await report(false);
    answer({ 'ticket.id': 7, 'ticket.subject': 'Left already' });
    await shown;
    expect(tracker.current()).toBeNull();
  });
});
