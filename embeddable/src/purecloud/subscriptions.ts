// PureCloud.subscribe: the file hears Interaction, UserAction and Notification events, each
// with a category, filtered by the categories it asked for. A subscriber that throws is
// reported (once) and keeps receiving the rest.
export type SubscriptionType = 'Interaction' | 'UserAction' | 'Notification';

export interface Subscription {
  type: SubscriptionType;
  categories?: string[];
  callback: (category: string, data: unknown) => void;
}

const TYPES = new Set<string>(['Interaction', 'UserAction', 'Notification']);

export function createSubscriptions(report: (error: string) => void) {
  const subscribers: Subscription[] = [];
  const broken = new WeakSet<Subscription>();

  return {
    /** Accepts the framework's list; returns what it refused, for a console line. */
    subscribe(list: unknown): string[] {
      const refused: string[] = [];
      for (const item of Array.isArray(list) ? list : [list]) {
        const s = item as Partial<Subscription> | null;
        if (s === null || typeof s !== 'object' || typeof s.callback !== 'function') {
          refused.push('a subscription without a callback');
          continue;
        }
        if (typeof s.type !== 'string' || !TYPES.has(s.type)) {
          refused.push(`subscription type "${String(s.type)}"`);
          continue;
        }
        const categories = Array.isArray(s.categories)
          ? s.categories.filter((c): c is string => typeof c === 'string')
          : undefined;
        subscribers.push({
          type: s.type,
          callback: s.callback,
          ...(categories === undefined ? {} : { categories }),
        });
      }
      return refused;
    },
    emit(type: SubscriptionType, category: string, data: unknown) {
      for (const s of subscribers) {
        if (s.type !== type) continue;
        if (
          s.categories !== undefined &&
          s.categories.length > 0 &&
          !s.categories.includes(category)
        ) {
          continue;
        }
        try {
          s.callback(category, data);
        } catch (error) {
          if (broken.has(s)) continue;
          broken.add(s);
          report(`${type} ${category}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    },
    count: () => subscribers.length,
  };
}

export type Subscriptions = ReturnType<typeof createSubscriptions>;
