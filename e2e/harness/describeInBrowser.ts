// describe, or describe.skip when chromium is absent outside CI (globalSetup said why; under
// CI the global setup fails instead).
import { chromiumAvailable } from './chromium';

export const describeInBrowser: jest.Describe =
  process.env.E2E_SKIP === '1' || !chromiumAvailable() ? describe.skip : describe;
