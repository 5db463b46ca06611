// Keeps the Zendesk frame as tall as the app's content (the sidebar location is flexible).
import type { ZafClient } from '../zaf/zafClient';

type ObserverFactory = (callback: () => void) => {
  observe(target: Element): void;
  disconnect(): void;
};

const resizeObserver: ObserverFactory = (callback) => new ResizeObserver(callback);

export function fitToContent(
  client: ZafClient,
  element: HTMLElement,
  { minHeight = 120, maxHeight = 1200, observe = resizeObserver } = {},
): () => void {
  let last = -1;
  const fit = () => {
    const height = Math.min(maxHeight, Math.max(minHeight, Math.ceil(element.scrollHeight)));
    if (height === last) return;
    last = height;
    void client.invoke('resize', { width: '100%', height: `${height}px` }).catch(() => undefined);
  };
  const observer = observe(fit);
  observer.observe(element);
  fit();
  return () => {
    observer.disconnect();
  };
}
