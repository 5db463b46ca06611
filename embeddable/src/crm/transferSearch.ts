// What the core's transfer search offers in this host, from `settings.searchTargets`:
// `people` (the platform's users), `queues` (its queues) and `frameworkContacts` (the file's
// `contactSearch` results).
//
// A chat goes to a queue or to an agent: the platform's blind transfer (participant replace)
// takes a queue id or a user id, and refuses an outside address for a chat. So a framework
// contact joins the search when the CRM's person is an agent on the platform: its `email` is
// an active platform user's (the platform's user search matches emails). The agent then sees
// that user among the agents and the transfer is the ordinary blind transfer to that user.
// The documented result shape has `phone` numbers, no email: this client also reads `email`
// on each result. Contacts without one, or whose email no platform user has, are not offered:
// nothing could take the chat. A contact search that fails or never answers is a notice, and the
// platform's own results are still offered.
import type { Queue, User } from '@acd/shared';
import type { FrameworkFile } from '../framework/frameworkTypes';
import { callWithCallbacks } from '../framework/guardedCall';
import type { SearchTarget } from '../framework/frameworkConfig';

/** The two searches the core's transfer dialog runs (the core API's own signatures). */
export interface TransferSearchApi {
  searchUsers: (text: string) => Promise<User[]>;
  searchQueues: (text: string) => Promise<Queue[]>;
}

export interface TransferSearchDeps {
  api: TransferSearchApi;
  targets: readonly SearchTarget[];
  framework: FrameworkFile;
  timeoutMs: number;
  /** The agent hears that the CRM's search failed (its detail), the rest is still shown. */
  reportFailure: (detail: string) => void;
}

/** More contacts than this from one search are not looked up on the platform. */
export const MAX_CONTACTS_LOOKED_UP = 10;

/** The distinct emails of a contactSearch answer, in its order (anything else is skipped). */
export function contactEmails(results: unknown): string[] {
  const emails = new Map<string, string>();
  for (const contact of Array.isArray(results) ? results : []) {
    if (typeof contact !== 'object' || contact === null) continue;
    const email: unknown = (contact as { email?: unknown }).email;
    if (typeof email !== 'string' || !email.includes('@')) continue;
    const trimmed = email.trim();
    if (!emails.has(trimmed.toLowerCase())) emails.set(trimmed.toLowerCase(), trimmed);
  }
  return [...emails.values()].slice(0, MAX_CONTACTS_LOOKED_UP);
}

const noResults = (): Promise<never[]> => Promise.resolve([]);

export function createTransferSearch(deps: TransferSearchDeps): TransferSearchApi {
  const { api, targets, framework } = deps;
  const people = targets.includes('people') ? api.searchUsers : noResults;
  const contactSearch = targets.includes('frameworkContacts') ? framework.contactSearch : undefined;

  /** The platform users the CRM's contacts for `text` are (exact email match). */
  async function contactUsers(text: string): Promise<User[]> {
    if (contactSearch === undefined || text.trim() === '') return [];
    let results: unknown;
    try {
      results = await callWithCallbacks<unknown>(
        'contactSearch',
        (onSuccess, onFailure) => {
          contactSearch(text.trim(), onSuccess, onFailure);
        },
        { timeoutMs: deps.timeoutMs },
      );
    } catch (error) {
      deps.reportFailure(error instanceof Error ? error.message : String(error));
      return [];
    }
    const found = await Promise.all(
      contactEmails(results).map(async (email) =>
        (await api.searchUsers(email)).filter(
          (user) => user.email.toLowerCase() === email.toLowerCase(),
        ),
      ),
    );
    return found.flat();
  }

  return {
    searchQueues: targets.includes('queues') ? api.searchQueues : noResults,
    async searchUsers(text) {
      const [platformUsers, crmUsers] = await Promise.all([people(text), contactUsers(text)]);
      // One entry per user: the people search and a contact may name the same agent.
      const byId = new Map<string, User>();
      for (const user of [...platformUsers, ...crmUsers])
        if (!byId.has(user.id)) byId.set(user.id, user);
      return [...byId.values()];
    },
  };
}
