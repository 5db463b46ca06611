import { graphql } from 'lightning/graphql';
import { navigate } from 'lightning/navigation';
import { flush, mountShell, removeAll } from './testHarness';

jest.mock('lightning/platformUtilityBarApi', () => require('./utilityBarMock').create(), {
  virtual: true,
});
jest.mock('lightning/navigation', () => require('./navigationMock').create());

const customer = { conversationId: 'conv-1', name: 'Ada Lovelace', email: 'ada@example.com' };

function person(id, name, email) {
  return { node: { Id: id, Name: { value: name }, Email: { value: email } } };
}

function answer(contacts, leads = []) {
  return { uiapi: { query: { Contact: { edges: contacts }, Lead: { edges: leads } } } };
}

describe('c-acd-chat-agent screen pop', () => {
  afterEach(() => {
    removeAll();
    jest.clearAllMocks();
  });

  async function popWith(result) {
    const shell = await mountShell();
    const pop = shell.crm.screenPop(customer);
    await flush();
    expect(graphql.getLastConfig().variables).toEqual({ email: 'ada@example.com' });
    result();
    return { ...shell, outcome: await pop };
  }

  it('opens the one Contact whose email matches the customer', async () => {
    const { outcome, element } = await popWith(() =>
      graphql.emit(answer([person('003A', 'Ada Lovelace', 'ada@example.com')])),
    );

    expect(outcome).toEqual({
      kind: 'opened',
      record: {
        id: '003A',
        kind: 'Contact',
        label: 'Ada Lovelace (Contact · ada@example.com)',
        url: 'http://localhost/lightning/r/Contact/003A/view',
      },
    });
    expect(navigate).toHaveBeenCalledWith({
      type: 'standard__recordPage',
      attributes: { recordId: '003A', objectApiName: 'Contact', actionName: 'view' },
    });
    await expect(element).toBeAccessible();
  });

  it('lets the agent choose when a Contact and a Lead both match, without navigating', async () => {
    const { outcome, element } = await popWith(() =>
      graphql.emit(
        answer(
          [person('003A', 'Ada Lovelace', 'ada@example.com')],
          [person('00QB', 'Ada L.', 'ada@example.com')],
        ),
      ),
    );

    expect(outcome.kind).toBe('choose');
    expect(outcome.records.map((record) => [record.id, record.kind, record.label])).toEqual([
      ['003A', 'Contact', 'Ada Lovelace (Contact · ada@example.com)'],
      ['00QB', 'Lead', 'Ada L. (Lead · ada@example.com)'],
    ]);
    expect(navigate).not.toHaveBeenCalled();
    await expect(element).toBeAccessible();
  });

  it('offers to create a Contact, prefilled, when nobody matches', async () => {
    const { outcome, toasts, element } = await popWith(() => graphql.emit(answer([], [])));

    expect(outcome).toEqual({ kind: 'none' });
    expect(navigate).not.toHaveBeenCalled();
    expect(toasts).toHaveLength(1);
    expect(toasts[0]).toMatchObject({
      title: 'No Contact or Lead matches ada@example.com',
      variant: 'info',
      mode: 'sticky',
    });
    expect(toasts[0].messageData[0].label).toBe('Create a Contact');
    // Values are encoded inside defaultFieldValues, as lightning/pageReferenceUtils does.
    const link = new URL(toasts[0].messageData[0].url);
    expect(link.pathname).toBe('/lightning/o/Contact/new');
    expect(link.searchParams.get('defaultFieldValues')).toBe(
      'FirstName=Ada,LastName=Lovelace,Email=ada%40example.com',
    );
    await expect(element).toBeAccessible();
  });

  it('reports a failed search so the core can show it', async () => {
    const shell = await mountShell();
    const pop = shell.crm.screenPop(customer);
    await flush();
    graphql.emitErrors([{ message: 'Insufficient access to Contact' }]);

    await expect(pop).rejects.toThrow('Insufficient access to Contact');
    await expect(shell.element).toBeAccessible();
  });

  it('searches one customer at a time and answers each its own matches', async () => {
    const { crm, element } = await mountShell();
    const first = crm.screenPop(customer);
    const second = crm.screenPop({ conversationId: 'conv-2', name: 'Bo', email: 'bo@example.com' });
    await flush();
    graphql.emit(answer([person('003A', 'Ada Lovelace', 'ada@example.com')]));
    await flush();
    expect(graphql.getLastConfig().variables).toEqual({ email: 'bo@example.com' });
    graphql.emit(answer([]));

    expect((await first).kind).toBe('opened');
    expect((await second).kind).toBe('none');
    await expect(element).toBeAccessible();
  });

  it('refreshes the search for the same customer instead of reusing a stale answer', async () => {
    const { crm, element } = await mountShell();
    const refresh = jest.fn(() => {
      // Meanwhile the agent created the Contact the first pop offered.
      graphql.emit(answer([person('003N', 'Ada Lovelace', 'ada@example.com')]), undefined, refresh);
      return Promise.resolve();
    });
    const first = crm.screenPop(customer);
    await flush();
    graphql.emit(answer([]), undefined, refresh);
    expect((await first).kind).toBe('none');

    const second = await crm.screenPop({ ...customer, conversationId: 'conv-9' });

    expect(refresh).toHaveBeenCalledTimes(1);
    expect(second).toMatchObject({ kind: 'opened', record: { id: '003N' } });
    await expect(element).toBeAccessible();
  });

  it('does not search without an email, and offers a new Contact', async () => {
    const { crm, toasts, element } = await mountShell();

    const outcome = await crm.screenPop({ conversationId: 'conv-3', name: 'Walk-in' });

    expect(outcome).toEqual({ kind: 'none' });
    expect(toasts[0].title).toBe('No Contact or Lead matches Walk-in');
    await expect(element).toBeAccessible();
  });

  it('gives up on pending searches when the shell is removed', async () => {
    const { crm, element } = await mountShell();
    const pop = crm.screenPop(customer);
    await flush();

    document.body.removeChild(element);

    await expect(pop).rejects.toThrow('The chat client was closed');
    await expect(document.body).toBeAccessible();
  });
});
