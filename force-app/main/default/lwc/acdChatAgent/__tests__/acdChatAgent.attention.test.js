import { EnclosingUtilityId, open, updateUtility } from 'lightning/platformUtilityBarApi';
import { flush, mountShell, removeAll } from './testHarness';

jest.mock('lightning/platformUtilityBarApi', () => require('./utilityBarMock').create(), {
  virtual: true,
});

describe('c-acd-chat-agent utility bar attention', () => {
  afterEach(() => {
    removeAll();
    jest.clearAllMocks();
  });

  async function inUtilityBar(properties) {
    const shell = await mountShell(properties);
    EnclosingUtilityId.emit('utility-7');
    await flush();
    return shell;
  }

  it('highlights the item, counts the alerting chat and opens the panel when ringing', async () => {
    const { crm, element } = await inUtilityBar();

    crm.setAttention({ alerting: 1, unread: 0, ring: true });

    expect(updateUtility).toHaveBeenLastCalledWith('utility-7', {
      label: 'Chat (1 alerting)',
      highlighted: true,
    });
    expect(open).toHaveBeenCalledWith('utility-7', { autoFocus: true });
    await expect(element).toBeAccessible();
  });

  it('opens the panel once per newly alerting chat, not on every update', async () => {
    const { crm, element } = await inUtilityBar();

    crm.setAttention({ alerting: 1, unread: 0, ring: true });
    crm.setAttention({ alerting: 1, unread: 2, ring: true });
    crm.setAttention({ alerting: 2, unread: 2, ring: true });

    expect(open).toHaveBeenCalledTimes(2);
    await expect(element).toBeAccessible();
  });

  it('highlights and counts a new-message burst without opening the panel', async () => {
    const { crm, element } = await inUtilityBar();

    crm.setAttention({ alerting: 0, unread: 3, ring: true });

    expect(updateUtility).toHaveBeenLastCalledWith('utility-7', {
      label: 'Chat (3 unread)',
      highlighted: true,
    });
    expect(open).not.toHaveBeenCalled();
    await expect(element).toBeAccessible();
  });

  it('does not open the panel in a client whose ringing is off (the other client rings)', async () => {
    const { crm, element } = await inUtilityBar({ ringing: false });

    crm.setAttention({ alerting: 1, unread: 1, ring: false });

    expect(updateUtility).toHaveBeenLastCalledWith('utility-7', {
      label: 'Chat (1 alerting, 1 unread)',
      highlighted: true,
    });
    expect(open).not.toHaveBeenCalled();
    await expect(element).toBeAccessible();
  });

  it('clears the highlight and the counts when nothing is waiting', async () => {
    const { crm, element } = await inUtilityBar();

    crm.setAttention({ alerting: 1, unread: 0, ring: true });
    crm.setAttention({ alerting: 0, unread: 0, ring: true });
    crm.setAttention({ alerting: 0, unread: 0, ring: true });

    expect(updateUtility).toHaveBeenCalledTimes(2);
    expect(updateUtility).toHaveBeenLastCalledWith('utility-7', {
      label: 'Chat',
      highlighted: false,
    });
    await expect(element).toBeAccessible();
  });

  it('labels the item in Japanese when the language default is ja', async () => {
    const { crm, element } = await inUtilityBar({ defaultLanguage: 'ja' });

    crm.setAttention({ alerting: 2, unread: 1, ring: false });

    expect(updateUtility).toHaveBeenLastCalledWith('utility-7', {
      label: 'チャット (着信 2, 未読 1)',
      highlighted: true,
    });
    await expect(element).toBeAccessible();
  });

  it('shows a sticky toast when the ring could not be heard (no click in the page yet)', async () => {
    const { seen, toasts } = await mountShell();
    seen.mounts[0].options.alertUnheard('New chat', 'Ada Lovelace is waiting in Support');
    expect(toasts).toEqual([
      {
        title: 'New chat',
        message: 'Ada Lovelace is waiting in Support',
        variant: 'warning',
        mode: 'sticky',
      },
    ]);
  });

  it('touches no utility outside a utility bar', async () => {
    const { crm, element } = await mountShell();

    crm.setAttention({ alerting: 1, unread: 1, ring: true });

    expect(updateUtility).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
    await expect(element).toBeAccessible();
  });
});
