// The screen pop opens the record in the tab the agent looks at: the view in the focused tab
// routes its own tab; with none visible the background hears "not done" and routes its own.
import { createMemoryHub } from '../../../shared/testing/memoryHub';
import { createFakeZafClient } from '../../testing/fakeZafClient';
import { answerRoutes, createRouteRequester } from './routeInView';

function viewIn(
  hub: ReturnType<typeof createMemoryHub>,
  guid: string,
  page: { visibilityState: DocumentVisibilityState; focused: boolean },
) {
  const zaf = createFakeZafClient({ context: { location: 'ticket_sidebar', instanceGuid: guid } });
  const document = {
    visibilityState: page.visibilityState,
    hasFocus: () => page.focused,
  } as unknown as Document;
  answerRoutes(hub.connect(), { view: guid, client: zaf.client, document });
  return zaf;
}

const routes = (zaf: ReturnType<typeof createFakeZafClient>) =>
  zaf.invocations.filter((i) => i.name === 'routeTo').map((i) => i.args);

describe('the screen pop routes the tab the agent looks at', () => {
  it('the focused tab’s view opens it, not a visible or hidden one', async () => {
    const hub = createMemoryHub();
    const hidden = viewIn(hub, 'hidden', { visibilityState: 'hidden', focused: false });
    const visible = viewIn(hub, 'visible', { visibilityState: 'visible', focused: false });
    const focused = viewIn(hub, 'focused', { visibilityState: 'visible', focused: true });
    const routeInView = createRouteRequester(hub.connect());

    await expect(routeInView({ type: 'ticket', id: '103' })).resolves.toBe(true);

    expect(routes(focused)).toEqual([['ticket', '103']]);
    expect(routes(visible)).toEqual([]);
    expect(routes(hidden)).toEqual([]);
  });

  it('a visible view opens it when none has the focus', async () => {
    const hub = createMemoryHub();
    const visible = viewIn(hub, 'visible', { visibilityState: 'visible', focused: false });
    await expect(createRouteRequester(hub.connect())({ type: 'user', id: '7003' })).resolves.toBe(
      true,
    );
    expect(routes(visible)).toEqual([['user', '7003']]);
  });

  it('a chosen view that answers late is left to it: the background does not route too', async () => {
    const hub = createMemoryHub();
    const zaf = createFakeZafClient({
      context: { location: 'ticket_sidebar', instanceGuid: 'slow' },
    });
    const invoke = zaf.client.invoke.bind(zaf.client);
    // A busy browser: the view's routeTo answers after the background stopped waiting.
    zaf.client.invoke = (...args: Parameters<typeof invoke>) =>
      new Promise((resolve) => setTimeout(() => resolve(invoke(...args)), 100));
    const document = { visibilityState: 'visible', hasFocus: () => true } as unknown as Document;
    answerRoutes(hub.connect(), { view: 'slow', client: zaf.client, document });
    await expect(
      createRouteRequester(hub.connect(), { waitMs: 30 })({ type: 'ticket', id: '5' }),
    ).resolves.toBe(true);
  });

  it('says not done when every view is hidden', async () => {
    const hub = createMemoryHub();
    const hidden = viewIn(hub, 'hidden', { visibilityState: 'hidden', focused: false });
    await expect(
      createRouteRequester(hub.connect(), { waitMs: 50 })({ type: 'ticket', id: '1' }),
    ).resolves.toBe(false);
    expect(routes(hidden)).toEqual([]);
  });
});
