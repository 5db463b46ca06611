// An admin manages wrap-up codes and their queue assignments through the official SDK.
import { SEED_IDS } from '../engine/seedData';
import { startLoopbackServer, type LoopbackServer } from '../server/loopbackServer';
import type { SdkApiClient } from './platformClientSdk';
import {
  SimControl,
  anIsoTime,
  aUuid,
  expectPlatformError,
  extendedResponseOf,
  loadPlatformSdk,
  pointSdkAt,
  rejectionOf,
} from './sdkHarness';

const sdk = loadPlatformSdk();
const routing = new sdk.RoutingApi();

let server: LoopbackServer;
let sim: SimControl;
let client: SdkApiClient;

beforeAll(async () => {
  server = await startLoopbackServer({ port: 0 });
  sim = new SimControl(server.url);
  client = pointSdkAt(sdk, server.port);
  client.setAccessToken(await sim.login(SEED_IDS.adminCasey));
});

beforeEach(async () => {
  await sim.reset();
});

afterAll(async () => {
  await server.close();
});

describe('RoutingApi.getRoutingWrapupcodes', () => {
  it('lists the org codes sorted by name as a paged listing', async () => {
    const codes = await routing.getRoutingWrapupcodes();

    expect(codes).toEqual(
      expect.objectContaining({ pageSize: 25, pageNumber: 1, total: 6, pageCount: 1 }),
    );
    expect(codes.entities.map((c) => c.name)).toEqual([
      'Escalated',
      'Follow-up required',
      'Resolved',
      'Spam',
      '折り返し連絡',
      '解決済み',
    ]);
  });

  it('pages, filters by name and sorts descending', async () => {
    const page = await routing.getRoutingWrapupcodes({ pageSize: 4, pageNumber: 2 });
    expect(page.entities.map((c) => c.name)).toEqual(['折り返し連絡', '解決済み']);
    expect(page).toEqual(
      expect.objectContaining({ pageSize: 4, pageNumber: 2, total: 6, pageCount: 2 }),
    );
    expect(page.previousUri).toContain('pageNumber=1');

    const named = await routing.getRoutingWrapupcodes({ name: 'res' });
    expect(named.entities.map((c) => c.id)).toEqual([SEED_IDS.codeResolved]);

    const descending = await routing.getRoutingWrapupcodes({ sortOrder: 'descending' });
    expect(descending.entities[0]?.name).toBe('解決済み');
  });
});

describe('wrap-up code create, read, update, delete', () => {
  it('creates a code with its id, division, creation time and creator', async () => {
    const created = await extendedResponseOf(client, () =>
      routing.postRoutingWrapupcodes({ name: 'Refund issued', description: 'Money returned' }),
    );

    expect(created.status).toBe(200);
    expect(created.body).toEqual({
      id: aUuid(),
      name: 'Refund issued',
      description: 'Money returned',
      division: { id: expect.any(String) as unknown, name: 'Home' },
      dateCreated: anIsoTime(),
      createdBy: SEED_IDS.adminCasey,
      selfUri: `/api/v2/routing/wrapupcodes/${created.body.id}`,
    });
    expect(await routing.getRoutingWrapupcode(created.body.id)).toEqual(created.body);
  });

  it('renames a code and keeps its id', async () => {
    const created = await routing.postRoutingWrapupcodes({ name: 'Callback' });

    const renamed = await routing.putRoutingWrapupcode(created.id, {
      name: 'Callback booked',
      description: 'A time was agreed',
    });

    expect(renamed).toEqual({
      ...created,
      name: 'Callback booked',
      description: 'A time was agreed',
    });
    expect((await routing.getRoutingWrapupcode(created.id)).name).toBe('Callback booked');
  });

  it('deletes a code with 204, after which reading it is a 404', async () => {
    const created = await routing.postRoutingWrapupcodes({ name: 'Short-lived' });

    const deleted = await extendedResponseOf(client, () =>
      routing.deleteRoutingWrapupcode(created.id),
    );

    expect(deleted.status).toBe(204);
    expectPlatformError(
      await rejectionOf(client, () => routing.getRoutingWrapupcode(created.id)),
      404,
      'not.found',
    );
  });
});

describe('queue wrap-up code assignment', () => {
  it("lists a queue's codes as a paged listing", async () => {
    const codes = await routing.getRoutingQueueWrapupcodes(SEED_IDS.queueSupport);

    expect(codes).toEqual(
      expect.objectContaining({ pageSize: 25, pageNumber: 1, total: 4, pageCount: 1 }),
    );
    expect(codes.entities.map((c) => c.id)).toEqual([
      SEED_IDS.codeResolved,
      SEED_IDS.codeFollowUp,
      SEED_IDS.codeEscalated,
      SEED_IDS.codeResolvedJa,
    ]);
    const paged = await routing.getRoutingQueueWrapupcodes(SEED_IDS.queueSupport, {
      pageSize: 3,
      pageNumber: 2,
    });
    expect(paged.entities.map((c) => c.id)).toEqual([SEED_IDS.codeResolvedJa]);
    expect(paged.pageCount).toBe(2);
  });

  it('assigns codes to a queue (answering the assigned codes) and unassigns one with 204', async () => {
    const created = await routing.postRoutingWrapupcodes({ name: 'Warranty claim' });

    const assigned = await routing.postRoutingQueueWrapupcodes(SEED_IDS.queueSupport, [
      { id: created.id },
      { id: SEED_IDS.codeSpam },
    ]);

    expect(assigned.map((c) => c.id)).toEqual([created.id, SEED_IDS.codeSpam]);
    expect(assigned[0]).toEqual(created);
    const withNew = await routing.getRoutingQueueWrapupcodes(SEED_IDS.queueSupport);
    expect(withNew.total).toBe(6);
    expect(withNew.entities.map((c) => c.id)).toContain(created.id);

    const removed = await extendedResponseOf(client, () =>
      routing.deleteRoutingQueueWrapupcode(SEED_IDS.queueSupport, created.id),
    );

    expect(removed.status).toBe(204);
    const afterRemoval = await routing.getRoutingQueueWrapupcodes(SEED_IDS.queueSupport);
    expect(afterRemoval.total).toBe(5);
    expect(afterRemoval.entities.map((c) => c.id)).not.toContain(created.id);
  });

  it('drops a deleted code from every queue it was assigned to', async () => {
    await routing.deleteRoutingWrapupcode(SEED_IDS.codeSpam);

    const sales = await routing.getRoutingQueueWrapupcodes(SEED_IDS.queueSales);
    expect(sales.entities.map((c) => c.id)).toEqual([
      SEED_IDS.codeResolvedJa,
      SEED_IDS.codeCallbackJa,
    ]);
  });
});
