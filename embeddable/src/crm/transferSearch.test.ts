import type { Queue, User } from '@acd/shared';
import type { SearchTarget } from '../framework/frameworkConfig';
import type { FrameworkContact, FrameworkFile } from '../framework/frameworkTypes';
import { contactEmails, createTransferSearch, MAX_CONTACTS_LOOKED_UP } from './transferSearch';

const user = (id: string, name: string, email: string): User => ({
  id,
  name,
  email,
  username: email,
  state: 'active',
  selfUri: '',
});

const yuki = user('agent-yuki', 'Yuki Tanaka', 'yuki.tanaka@example.com');
const sam = user('agent-sam', 'Sam Rivera', 'sam@example.com');
// The platform's user search matches emails by CONTAINS: this one contains yuki's address.
const notYuki = user('agent-other', 'Other Yuki', 'x.yuki.tanaka@example.com.au');
const users = [yuki, sam, notYuki];

/** The platform's searches: CONTAINS on name and email, as POST /api/v2/users/search. */
function platform() {
  return {
    searchUsers: jest.fn((text: string) =>
      Promise.resolve(
        users.filter((u) =>
          [u.name, u.email].some((f) => f.toLowerCase().includes(text.toLowerCase())),
        ),
      ),
    ),
    searchQueues: jest.fn((text: string) =>
      Promise.resolve(text === 'bil' ? [{ id: 'q-billing', name: 'Billing' } as Queue] : []),
    ),
  };
}

function setup(targets: SearchTarget[], contactSearch?: FrameworkFile['contactSearch']) {
  const api = platform();
  const reportFailure = jest.fn();
  const search = createTransferSearch({
    api,
    targets,
    framework: contactSearch === undefined ? {} : { contactSearch },
    timeoutMs: 200,
    reportFailure,
  });
  return { api, search, reportFailure };
}

/** A CRM whose contacts for "account owner" are these. */
const crmContacts =
  (contacts: FrameworkContact[]): FrameworkFile['contactSearch'] =>
  (searchString, onSuccess) => {
    onSuccess(searchString === 'account owner' ? contacts : []);
  };

describe('the transfer search from settings.searchTargets', () => {
  it("offers the platform users the CRM's contacts are (by exact email) beside the people search", async () => {
    const contactSearch = jest.fn(
      crmContacts([
        { id: 'C-1', name: 'Yuki (account owner)', email: 'Yuki.Tanaka@example.com' },
        { id: 'C-2', name: 'Pat Outside', email: 'pat@elsewhere.example' },
        // The documented shape: a phone number only.
        {
          type: 'external',
          name: 'Front desk line',
          phone: [{ number: '+81 3 5555 0100', label: 'Work' }],
        },
      ]),
    );
    const { api, search } = setup(['people', 'queues', 'frameworkContacts'], contactSearch);
    const found = await search.searchUsers('account owner');
    expect(contactSearch).toHaveBeenCalledWith(
      'account owner',
      expect.any(Function),
      expect.any(Function),
    );
    // Yuki by her address (case aside); not the user whose address only contains it; Pat is
    // no platform user and the contact without an email cannot be looked up.
    expect(found).toEqual([yuki]);
    expect(api.searchUsers.mock.calls.map(([text]) => text)).toEqual([
      'account owner',
      'Yuki.Tanaka@example.com',
      'pat@elsewhere.example',
    ]);
  });

  it('lists a user found both ways once, people results first', async () => {
    const { search } = setup(['people', 'frameworkContacts'], (_text, onSuccess) => {
      onSuccess([{ name: 'Sam', email: 'sam@example.com' }, { email: 'yuki.tanaka@example.com' }]);
    });
    expect(await search.searchUsers('sam')).toEqual([sam, yuki]);
  });

  it('offers only contacts when people are not a target, and no queue when queues are not', async () => {
    const { api, search } = setup(
      ['frameworkContacts'],
      crmContacts([{ name: 'Sam', email: 'sam@example.com' }]),
    );
    expect(await search.searchUsers('account owner')).toEqual([sam]);
    expect(api.searchUsers).not.toHaveBeenCalledWith('account owner');
    expect(await search.searchQueues('bil')).toEqual([]);
    expect(api.searchQueues).not.toHaveBeenCalled();
  });

  it('never asks the CRM without frameworkContacts, nor for an empty search', async () => {
    const contactSearch = jest.fn(crmContacts([{ email: 'sam@example.com' }]));
    const { search } = setup(['people', 'queues'], contactSearch);
    expect(await search.searchUsers('account owner')).toEqual([]);
    expect(await search.searchQueues('bil')).toEqual([{ id: 'q-billing', name: 'Billing' }]);
    const withContacts = setup(['frameworkContacts'], contactSearch);
    expect(await withContacts.search.searchUsers('  ')).toEqual([]);
    expect(contactSearch).not.toHaveBeenCalled();
  });

  it('reports a contact search that fails, throws or never answers, and keeps the people results', async () => {
    const failing = setup(['people', 'frameworkContacts'], (_text, _ok, onFailure) => {
      onFailure('CRM offline');
    });
    expect(await failing.search.searchUsers('sam')).toEqual([sam]);
    expect(failing.reportFailure).toHaveBeenCalledWith('contactSearch failed: CRM offline');

    const throwing = setup(['people', 'frameworkContacts'], () => {
      throw new Error('boom');
    });
    expect(await throwing.search.searchUsers('sam')).toEqual([sam]);
    expect(throwing.reportFailure).toHaveBeenCalledWith(expect.stringContaining('boom'));

    const silent = setup(['people', 'frameworkContacts'], () => undefined);
    expect(await silent.search.searchUsers('sam')).toEqual([sam]);
    expect(silent.reportFailure).toHaveBeenCalledWith('contactSearch did not answer in time');
  });

  it('looks up distinct emails only, at most ten a search', () => {
    const many = Array.from({ length: 15 }, (_, i) => ({ email: `p${i}@example.com` }));
    expect(contactEmails('not a list')).toEqual([]);
    expect(
      contactEmails([
        null,
        3,
        { email: 'no-at-sign' },
        { email: ' A@x.example ' },
        { email: 'a@X.example' },
      ]),
    ).toEqual(['A@x.example']);
    expect(contactEmails(many)).toHaveLength(MAX_CONTACTS_LOOKED_UP);
  });
});
