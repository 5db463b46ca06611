// The ring goes to a view the agent has interacted with: exactly one plays, and with none
// able to, the background hears "not audible" and falls back.
import { createMemoryHub } from '../../../shared/testing/memoryHub';
import { answerRings, createRingRequester } from './ringChannel';

function views(hub: ReturnType<typeof createMemoryHub>, able: boolean[]) {
  return able.map((canRing, index) => {
    const played = jest.fn(() => true);
    answerRings(hub.connect(), { view: `view-${index}`, canRing: () => canRing, play: played });
    return played;
  });
}

describe('the ring of a Zendesk tab', () => {
  it('one view with a user gesture plays the tone, even when two could', async () => {
    const hub = createMemoryHub();
    const [silent, first, second] = views(hub, [false, true, true]);
    const ring = createRingRequester(hub.connect());

    await expect(ring()).resolves.toBe(true);

    expect(silent).not.toHaveBeenCalled();
    expect((first?.mock.calls.length ?? 0) + (second?.mock.calls.length ?? 0)).toBe(1);
  });

  it('says not audible when no view has had a gesture, or the chosen one stays suspended', async () => {
    const hub = createMemoryHub();
    views(hub, [false, false]);
    await expect(createRingRequester(hub.connect(), { waitMs: 50 })()).resolves.toBe(false);

    const suspended = createMemoryHub();
    answerRings(suspended.connect(), { view: 'v', canRing: () => true, play: () => false });
    await expect(createRingRequester(suspended.connect(), { waitMs: 50 })()).resolves.toBe(false);
  });

  it('ignores answers to another ring and messages it does not know', async () => {
    const hub = createMemoryHub();
    const stranger = hub.connect();
    stranger.listen((message) => {
      const ring = message as { kind?: string; id?: string };
      if (ring.kind === 'ring') {
        stranger.send({ kind: 'rang', id: 'another', audible: true });
        stranger.send('noise');
      }
    });
    await expect(createRingRequester(hub.connect(), { waitMs: 50 })()).resolves.toBe(false);
  });
});
