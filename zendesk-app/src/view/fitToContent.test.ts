import { createFakeZafClient } from '../../testing/fakeZafClient';
import { fitToContent } from './fitToContent';

function fakeElement(height: number) {
  return { scrollHeight: height } as unknown as HTMLElement;
}

describe('fit to content', () => {
  it('resizes the Zendesk frame to the content height, within bounds, only when it changes', () => {
    const zaf = createFakeZafClient();
    const element = fakeElement(340.2);
    let changed: () => void = () => undefined;
    const stop = fitToContent(zaf.client, element, {
      observe: (callback) => {
        changed = callback;
        return { observe: () => undefined, disconnect: () => undefined };
      },
    });
    (element as { scrollHeight: number }).scrollHeight = 341;
    changed();
    (element as { scrollHeight: number }).scrollHeight = 5000;
    changed();
    (element as { scrollHeight: number }).scrollHeight = 10;
    changed();
    stop();
    expect(zaf.invocations).toEqual([
      { name: 'resize', args: [{ width: '100%', height: '341px' }] },
      { name: 'resize', args: [{ width: '100%', height: '1200px' }] },
      { name: 'resize', args: [{ width: '100%', height: '120px' }] },
    ]);
  });
});
