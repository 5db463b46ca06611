// The PlatformClient members the core probes and may find absent (a one-flavour client, a
// test's fake): a fake built on a Proxy leaves these undefined instead of answering them.
import type { PlatformClient } from '../src/ports/platformClient';

const OPTIONAL: readonly (keyof PlatformClient)[] = ['useMediaSource', 'endCallsUnderWay'];

export const isOptionalCapability = (name: PropertyKey): boolean =>
  (OPTIONAL as readonly PropertyKey[]).includes(name);
