import { createCallLogLinks } from './callLogLinks';
import { createHelpLinks } from './helpLinks';
import { createHostNotices } from './hostNotices';
import type { CondensedInteraction } from '../framework/frameworkTypes';
import type { Language } from '@acd/shared';

describe('the frame around the agent client', () => {
  let language: Language = 'en';
  beforeEach(() => {
    language = 'en';
    document.body.replaceChildren();
  });

  it('shows integration notices as alerts or status, in the agent language, dismissable', () => {
    const notices = createHostNotices(document.body, () => language);
    notices.show({ kind: 'error', key: 'notice.frameworkBroken' });
    notices.show({ kind: 'info', text: 'Customer is VIP' });
    expect(document.querySelector('[role="alert"]')?.textContent).toContain(
      'does not define window.Framework',
    );
    expect(document.querySelector('[role="status"]')?.textContent).toContain('Customer is VIP');
    language = 'ja';
    notices.relabel();
    expect(document.querySelector('[role="alert"]')?.textContent).toContain(
      'window.Framework を定義していません',
    );
    document.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    expect(notices.texts()).toEqual(['Customer is VIP']);
  });

  it('dismisses a notice by itself after its timeout', () => {
    jest.useFakeTimers();
    try {
      const notices = createHostNotices(document.body, () => language);
      notices.show({ kind: 'success', text: 'Saved' }, 5000);
      jest.advanceTimersByTime(5000);
      expect(notices.texts()).toEqual([]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('lists the help links the file gave, and only those', () => {
    createHelpLinks(document.body, { CallLog: 'https://help.example.com/log' }, () => language);
    const links = [...document.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.href, a.rel])).toEqual([
      ['Help: call logs', 'https://help.example.com/log', 'noopener noreferrer'],
    ]);
  });

  it('offers to open each call-log record the CRM confirmed', () => {
    const open = jest.fn();
    const links = createCallLogLinks(document.body, () => language, open);
    const interaction = {
      id: 'c1',
      name: 'Aiko Tanaka',
      displayAddress: '',
    } as CondensedInteraction;
    links.set([{ conversationId: 'c1', interaction, callLog: { id: 'LOG-1', notes: '' } }]);
    const button = document.querySelector('button');
    expect(button?.textContent).toBe('Open the call log of Aiko Tanaka');
    button?.click();
    expect(open).toHaveBeenCalledWith(
      expect.objectContaining({ callLog: { id: 'LOG-1', notes: '' } }),
    );
  });
});
