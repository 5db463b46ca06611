import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { mountShell, removeAll } from './testHarness';

jest.mock('lightning/platformUtilityBarApi', () => require('./utilityBarMock').create(), {
  virtual: true,
});
jest.mock('lightning/navigation', () => require('./navigationMock').create());

/** Stands in for the text the core renders (shared/src/features/wrapup/interactionLogText.ts). */
function renderedText({ customer, queue, notes, transcript }, heading = 'Transcript:') {
  const summary = [`Customer: ${customer.name}`, `Queue: ${queue.name}`, '', notes].join('\n');
  const lines = transcript
    .map((line) => `[${line.at}] ${line.name ? `${line.name}: ` : ''}${line.text}`)
    .join('\n');
  return {
    summary,
    transcriptHeading: heading,
    transcript: lines,
    full: `${summary}\n\n${heading}\n${lines}`,
  };
}

function finishedChat(overrides = {}) {
  const facts = {
    conversationId: 'conv-1',
    customer: { name: 'Ada Lovelace', email: 'ada@example.com' },
    queue: { id: 'q-support', name: 'Support' },
    agentName: 'Alex Morgan',
    startTime: '2025-03-04T09:00:00.000Z',
    connectedTime: '2025-03-04T09:00:05.000Z',
    endTime: '2025-03-04T09:04:05.400Z',
    durationSeconds: 245.4,
    wrapupCode: { id: 'wc-resolved', name: 'Resolved' },
    notes: 'Refund promised <b>by Friday</b>',
    transcript: [
      {
        at: '2025-03-04T09:00:06.000Z',
        from: 'customer',
        name: 'Ada Lovelace',
        text: 'Hi, my order is late',
      },
      { at: '2025-03-04T09:00:20.000Z', from: 'agent', name: 'Alex Morgan', text: 'Let me check' },
      {
        at: '2025-03-04T09:04:05.000Z',
        from: 'system',
        name: '',
        text: 'Ada Lovelace left the chat',
      },
    ],
    relatedRecord: { id: '003A', kind: 'Contact', label: 'Ada Lovelace (Contact)' },
    ...overrides,
  };
  return { ...facts, text: overrides.text ?? renderedText(facts) };
}

describe('c-acd-chat-agent call logging', () => {
  afterEach(() => {
    removeAll();
    jest.clearAllMocks();
  });

  it('writes a completed Task on the customer with notes, transcript and wrap-up code', async () => {
    createRecord.mockResolvedValueOnce({ id: '00T1' });
    const { crm, toasts, element } = await mountShell({ callLogging: true });

    const result = await crm.logInteraction(finishedChat());

    expect(result).toEqual({ recordId: '00T1' });
    expect(createRecord).toHaveBeenCalledTimes(1);
    const { apiName, fields } = createRecord.mock.calls[0][0];
    expect(apiName).toBe('Task');
    expect(fields).toMatchObject({
      Subject: 'Chat with Ada Lovelace – Resolved',
      WhoId: '003A',
      Status: 'Completed',
      CallDisposition: 'Resolved',
      CallDurationInSeconds: 245,
      TaskSubtype: 'Call',
    });
    expect(fields.ActivityDate).toMatch(/^2025-03-0[45]$/);
    expect(fields).not.toHaveProperty('WhatId');
    // The core's text, as it came: the Task only decides where it goes.
    expect(fields.Description).toBe(finishedChat().text.full);
    expect(fields.Description).toContain('Refund promised <b>by Friday</b>');
    expect(toasts).toEqual([expect.objectContaining({ title: 'Chat logged', variant: 'success' })]);
    expect(toasts[0].messageData[0].url).toBe('http://localhost/lightning/r/Task/00T1/view');
    await expect(element).toBeAccessible();
  });

  it('attaches the Task to a non-person record through WhatId', async () => {
    createRecord.mockResolvedValueOnce({ id: '00T2' });
    const { crm, element } = await mountShell({ callLogging: true });

    await crm.logInteraction(
      finishedChat({ relatedRecord: { id: '001X', kind: 'Account', label: 'Acme' } }),
    );

    const { fields } = createRecord.mock.calls[0][0];
    expect(fields.WhatId).toBe('001X');
    expect(fields).not.toHaveProperty('WhoId');
    await expect(element).toBeAccessible();
  });

  it('updates the Task already written instead of creating a second one', async () => {
    const { crm, element } = await mountShell({ callLogging: true });

    const result = await crm.logInteraction(
      finishedChat({ existingRecordId: '00T9', notes: 'Corrected notes' }),
    );

    expect(result).toEqual({ recordId: '00T9' });
    expect(createRecord).not.toHaveBeenCalled();
    const { fields } = updateRecord.mock.calls[0][0];
    expect(fields.Id).toBe('00T9');
    expect(fields.Description).toContain('Corrected notes');
    // TaskSubtype is create-only: sending it on update fails the whole save.
    expect(fields).not.toHaveProperty('TaskSubtype');
    await expect(element).toBeAccessible();
  });

  it('shows why createRecord failed, rejects so the core retries, and then logs once', async () => {
    createRecord
      .mockRejectedValueOnce({
        body: {
          message: 'An error occurred',
          output: { errors: [{ message: 'Subject is too long' }] },
        },
      })
      .mockResolvedValueOnce({ id: '00T3' });
    const { crm, toasts, element } = await mountShell({ callLogging: true });
    const log = finishedChat();

    await expect(crm.logInteraction(log)).rejects.toBeDefined();
    expect(toasts).toEqual([
      expect.objectContaining({
        title: 'The chat could not be logged',
        message: 'Subject is too long The log is kept and will be retried.',
        variant: 'error',
      }),
    ]);
    await expect(element).toBeAccessible();

    await expect(crm.logInteraction(log)).resolves.toEqual({ recordId: '00T3' });
    // A later edit of the same chat updates that Task, even before the core has its id.
    await crm.logInteraction(finishedChat({ notes: 'Edited' }));
    expect(createRecord).toHaveBeenCalledTimes(2);
    expect(updateRecord).toHaveBeenCalledTimes(1);
    expect(updateRecord.mock.calls[0][0].fields.Id).toBe('00T3');
    expect(toasts.map((toast) => toast.variant)).toEqual(['error', 'success', 'success']);
  });

  it("writes the subject in Japanese for ja and the core's Japanese text as it is", async () => {
    createRecord.mockResolvedValueOnce({ id: '00T4' });
    const { crm, element } = await mountShell({ callLogging: true, defaultLanguage: 'ja' });

    const chat = finishedChat({ customer: { name: '山田 太郎' } });
    await crm.logInteraction({
      ...chat,
      text: { ...chat.text, full: '顧客: 山田 太郎\n\nメモ:\nRefund promised' },
    });

    const { fields } = createRecord.mock.calls[0][0];
    expect(fields.Subject).toBe('山田 太郎 とのチャット – Resolved');
    expect(fields.Description).toBe('顧客: 山田 太郎\n\nメモ:\nRefund promised');
    await expect(element).toBeAccessible();
  });

  it('keeps the Description within the Task limit by shortening the oldest transcript', async () => {
    createRecord.mockResolvedValueOnce({ id: '00T5' });
    const { crm, element } = await mountShell({ callLogging: true });
    const transcript = Array.from({ length: 2000 }, (_, i) => ({
      at: '2025-03-04T09:00:06.000Z',
      from: 'customer',
      name: 'Ada',
      text: `message number ${i} `.padEnd(40, '.'),
    }));

    await crm.logInteraction(finishedChat({ transcript }));

    const { fields } = createRecord.mock.calls[0][0];
    expect(fields.Description.length).toBeLessThanOrEqual(32000);
    expect(fields.Description).toContain('Refund promised');
    expect(fields.Description).toContain('[transcript shortened]');
    expect(fields.Description).toContain('message number 1999');
    await expect(element).toBeAccessible();
  });
});
