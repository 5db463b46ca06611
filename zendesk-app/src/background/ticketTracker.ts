// Which ticket sidebar is in view: sidebars report when they open, show, hide and close.
// The background reads the ticket through that sidebar's client.
export function createTicketTracker() {
  const visible: string[] = [];
  return {
    report(instanceGuid: string, inView: boolean) {
      const index = visible.indexOf(instanceGuid);
      if (index !== -1) visible.splice(index, 1);
      // The latest sidebar shown is the one the agent looks at.
      if (inView) visible.push(instanceGuid);
    },
    current(): string | null {
      return visible.at(-1) ?? null;
    },
  };
}
