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

  it('rings in a view of a tab not yet reloaded after an update (its older messages)', async () => {
    const hub = createMemoryHub();
    // A view of the build before the requests were made generic: ring, offer, play, rang.
    const old = hub.connect();
    old.listen((message) => {
      const ring = message as { kind?: string; id?: string; view?: string };
      if (ring.kind === 'ring') old.send({ kind: 'offer', id: ring.id, view: 'old-view' });
      if (ring.kind === 'play' && ring.view === 'old-view') {
        old.send({ kind: 'rang', id: ring.id, audible: true });
      }
    });
    await expect(createRingRequester(hub.connect())()).resolves.toBe(true);

    // And an older background's ring reaches a view of this build.
    const played = jest.fn(() => true);
    answerRings(hub.connect(), { view: 'new-view', canRing: () => true, play: played });
    const background = hub.connect();
    const answers: unknown[] = [];
    background.listen((message) => {
      const answer = message as { kind?: string; view?: string };
      if (answer.kind === 'offer' && answer.view === 'new-view') {
        background.send({ kind: 'play', id: 'r1', view: 'new-view' });
      }
      if (answer.kind === 'rang') answers.push(message);
    });
    background.send({ kind: 'ring', id: 'r1' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(played).toHaveBeenCalledTimes(1);
    expect(answers).toContainEqual({ kind: 'rang', id: 'r1', audible: true });
  });
});
