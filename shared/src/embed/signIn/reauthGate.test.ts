import { createReauthGate } from './reauthGate';

describe('the re-sign-in gate', () => {
  it('holds every expired call on one wait and releases them all with the new token', async () => {
    const gate = createReauthGate();
    const changes = jest.fn();
    gate.subscribe(changes);
    const a = gate.waitForToken();
    const b = gate.waitForToken();
    expect(gate.waiting).toBe(true);
    expect(changes).toHaveBeenCalledTimes(1);
    gate.provide('new-token');
    await expect(Promise.all([a, b])).resolves.toEqual(['new-token', 'new-token']);
    expect(gate.waiting).toBe(false);
  });

  it('lets the calls fail as expired when the agent signs out instead', async () => {
    const gate = createReauthGate();
    const waiting = gate.waitForToken();
    gate.abandon();
    await expect(waiting).resolves.toBeNull();
  });
});
