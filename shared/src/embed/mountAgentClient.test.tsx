import { act } from '@testing-library/react';
import { createAgentCore } from '../app/createAgentCore';
import { systemClock } from '../ports/clock';
import type { PlatformClient } from '../ports/platformClient';
import { createMemoryStorage } from '../ports/storage';
import { isOptionalCapability } from '../../testing/optionalCapabilities';
import { createRecordingCrm } from '../../testing/recordingCrm';
import { mountAgentClient } from './mountAgentClient';

/** A platform that refuses every call, as one whose session has ended. */
const refusingPlatform = new Proxy({} as PlatformClient, {
  // The optional capabilities the core probes (at start, at stop) are absent here.
  get: (_target, name) =>
    isOptionalCapability(name) ? undefined : () => Promise.reject(new Error('refused')),
});

describe('mounting the client into a page element', () => {
  it('renders the agent UI, starts the core, and leaves nothing behind on unmount', async () => {
    const element = document.createElement('div');
    document.body.append(element);
    const core = createAgentCore({
      platform: refusingPlatform,
      crm: createRecordingCrm().crm,
      storage: createMemoryStorage(),
      clock: systemClock,
      logger: { warn: () => undefined },
    });
    let mounted: ReturnType<typeof mountAgentClient> | undefined;
    await act(async () => {
      mounted = mountAgentClient(element, { core });
      await mounted.started;
    });
    expect(mounted?.core).toBe(core);
    expect(element.childElementCount).toBeGreaterThan(0);
    expect(core.store.getState().session.status).toBe('failed');
    await act(async () => {
      await mounted?.unmount();
    });
    expect(element.childElementCount).toBe(0);
    // A second unmount is harmless (hosts call it from several teardown paths).
    await expect(mounted?.unmount()).resolves.toBeUndefined();
  });
});
