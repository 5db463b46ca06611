// A page of messages (history fetch, resync) merged into a transcript in one pass: the page
// sorted once (O(k log k)), then walked beside the kept order (O(n + k)). One message at a
// time into the sorted list cost O(n) each, minutes for a long history.

export interface TimedMessage {
  id: string;
  timestamp: string;
}

export interface MessageList<M extends TimedMessage> {
  messageIds: readonly string[];
  byId: Readonly<Record<string, M>>;
}

function inOrder(messages: readonly TimedMessage[]): boolean {
  for (let i = 1; i < messages.length; i += 1) {
    if ((messages[i - 1]?.timestamp ?? '') > (messages[i]?.timestamp ?? '')) return false;
  }
  return true;
}

/**
 * The transcript with `page` in it: a known id takes the page's content and keeps its place;
 * new ids go after every message with the same or an earlier timestamp (as one-by-one
 * insertion from the end would put them). `list` is read, never written.
 */
export function mergeMessages<M extends TimedMessage>(
  list: MessageList<M>,
  page: readonly M[],
): { messageIds: string[]; byId: Record<string, M> } {
  const byId: Record<string, M> = list.messageIds.length === 0 ? {} : { ...list.byId };
  const fresh: M[] = [];
  const seen = new Set<string>();
  for (const message of page) {
    // A page may repeat an id: its place comes from the first, its content from the last.
    if (list.byId[message.id] === undefined && !seen.has(message.id)) {
      fresh.push(message);
      seen.add(message.id);
    }
    byId[message.id] = message;
  }
  if (fresh.length === 0) return { messageIds: [...list.messageIds], byId };
  // Pages nearly always come in order: sort only when one does not. (Array.prototype.sort is
  // stable: equal timestamps keep the page's order.)
  if (!inOrder(fresh)) {
    fresh.sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
  }
  const kept = list.messageIds;
  const messageIds: string[] = new Array<string>(kept.length + fresh.length);
  let k = 0;
  let f = 0;
  let out = 0;
  while (k < kept.length || f < fresh.length) {
    const keptId = kept[k];
    const next = fresh[f];
    const keptAt = keptId === undefined ? undefined : byId[keptId]?.timestamp;
    if (next === undefined || (keptId !== undefined && (keptAt ?? '') <= next.timestamp)) {
      messageIds[out] = keptId ?? '';
      k += 1;
    } else {
      messageIds[out] = next.id;
      f += 1;
    }
    out += 1;
  }
  return { messageIds, byId };
}
