import { callSafely, callWithCallbacks, FrameworkCallError } from './guardedCall';

describe('calls into framework.js', () => {
  it('settles with the first answer and ignores later ones', async () => {
    let again: (() => void) | undefined;
    const result = await callWithCallbacks<string>('x', (ok, fail) => {
      ok('first');
      again = () => {
        ok('second');
        fail('late');
      };
    });
    again?.();
    expect(result).toBe('first');
  });

  it('turns onFailure into a rejection that says why', async () => {
    await expect(
      callWithCallbacks('processCallLog', (_ok, fail) => fail('CRM down')),
    ).rejects.toEqual(new FrameworkCallError('processCallLog failed: CRM down', 'failed'));
  });

  it('contains a callback that throws', async () => {
    await expect(
      callWithCallbacks('contactSearch', () => {
        throw new Error('boom');
      }),
    ).rejects.toMatchObject({ reason: 'threw', message: 'contactSearch threw: boom' });
  });

  it('times out a callback that never answers, and still hears a late answer', async () => {
    jest.useFakeTimers();
    try {
      let answer: ((id: string) => void) | undefined;
      const late = jest.fn();
      const call = callWithCallbacks<string>(
        'processCallLog',
        (ok) => {
          answer = ok;
        },
        { timeoutMs: 1000, onLate: late },
      );
      jest.advanceTimersByTime(1000);
      await expect(call).rejects.toMatchObject({ reason: 'timeout' });
      answer?.('REC-1');
      expect(late).toHaveBeenCalledWith('REC-1');
    } finally {
      jest.useRealTimers();
    }
  });

  it('reports a fire-and-forget callback that throws', () => {
    expect(callSafely('screenPop', () => undefined)).toBeNull();
    expect(
      callSafely('screenPop', () => {
        throw new TypeError('x is undefined');
      })?.message,
    ).toBe('screenPop threw: x is undefined');
  });
});
