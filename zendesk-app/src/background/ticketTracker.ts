// Which ticket is in view: sidebars report when they open, show, hide and close, with the
// ticket they show (read with their own client: the background may be in another tab).
import type { TicketInView } from '../crm/ticketInView';

export function createTicketTracker() {
  const visible: { guid: string; ticket: TicketInView | null }[] = [];
  return {
    report(instanceGuid: string, inView: boolean, ticket: TicketInView | null = null) {
      const index = visible.findIndex((entry) => entry.guid === instanceGuid);
      if (index !== -1) visible.splice(index, 1);
      // The latest sidebar shown is the one the agent looks at.
      if (inView) visible.push({ guid: instanceGuid, ticket });
    },
    current(): TicketInView | null {
      return visible.at(-1)?.ticket ?? null;
    },
  };
}
