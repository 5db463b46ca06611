// How a test hears the ring (rule 2) without changing the product: an init script counts
// the chimes (each ring builds an AudioContext for its generated tone) and records browser
// notifications. The page claims to be in the background with notifications allowed, since
// the client only notifies then; the real AudioContext still plays (silently, headless).
import type { Page } from 'playwright-core';

export interface Rings {
  tones: number;
  notifications: { title: string; body: string }[];
}

interface RingWindow {
  __acdRings: Rings;
}

function recordRingsInPage(): void {
  const rings: Rings = { tones: 0, notifications: [] };
  (window as unknown as RingWindow).__acdRings = rings;

  const RealAudioContext = window.AudioContext;
  window.AudioContext = class extends RealAudioContext {
    constructor(options?: AudioContextOptions) {
      // Counted before the real one starts, so a page without an audio device still counts.
      rings.tones += 1;
      super(options);
    }
  };

  class RecordedNotification extends EventTarget {
    static readonly permission: NotificationPermission = 'granted';
    static requestPermission(): Promise<NotificationPermission> {
      return Promise.resolve('granted');
    }
    constructor(title: string, options?: NotificationOptions) {
      super();
      rings.notifications.push({ title, body: options?.body ?? '' });
    }
    close(): void {
      // Nothing was shown, nothing to close.
    }
  }
  Object.defineProperty(window, 'Notification', { value: RecordedNotification, writable: true });
  Object.defineProperty(Document.prototype, 'hidden', { get: () => true, configurable: true });
}

/** Call before the client loads (e.g. as `openClient({ beforeLoad: recordRings })`). */
export async function recordRings(page: Page): Promise<void> {
  await page.addInitScript(recordRingsInPage);
}

export async function ringsIn(page: Page): Promise<Rings> {
  return page.evaluate(() => (window as unknown as RingWindow).__acdRings);
}
