// Keeps the Zendesk frame as tall as the app's content. The height is always the app's to
// ask for. The width differs by location: a flexible ticket sidebar (manifest
// "flexible": true) follows the apps tray's width, so it keeps 100%; the top bar has no tray
// and takes an explicit width (its manifest size).
import type { ZafClient } from '../zaf/zafClient';

type ObserverFactory = (callback: () => void) => {
  observe(target: Element): void;
  disconnect(): void;
};

const resizeObserver: ObserverFactory = (callback) => new ResizeObserver(callback);

export function fitToContent(
  client: ZafClient,
  element: HTMLElement,
  {
    minHeight = 120,
    maxHeight = 1200,
    width = '100%',
    observe = resizeObserver,
  }: {
    minHeight?: number;
    maxHeight?: number;
    /** `100%` in a flexible sidebar; a CSS length (e.g. `400px`) in the top bar. */
    width?: string;
    observe?: ObserverFactory;
  } = {},
): () => void {
  let last = -1;
  const fit = () => {
    const height = Math.min(maxHeight, Math.max(minHeight, Math.ceil(element.scrollHeight)));
    if (height === last) return;
    last = height;
    void client.invoke('resize', { width, height: `${height}px` }).catch(() => undefined);
  };
  const observer = observe(fit);
  observer.observe(element);
  fit();
  return () => {
    observer.disconnect();
  };
}
