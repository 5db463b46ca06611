// The CrmAdapter of a page with no CRM (the standalone client): attention goes to the tab
// title, a short tone made in the page, and a browser notification while the tab is hidden.
// There is no CRM record to find or log to; call logging is off for this host.
import type { Attention, CrmAdapter } from '../ports/crmAdapter';
import type { Language } from '../features/settings/settingsSlice';
import { embedText } from './embedText';

export interface PageAttentionOptions {
  document: Document;
  language: () => Language;
  /** Plays one short alert tone; defaults to a WebAudio beep. */
  playTone?: () => void;
  /** Shows a system notification; defaults to the Notification API when permitted. */
  notify?: (title: string, body: string) => void;
  /** How often the tone repeats while a chat alerts. */
  repeatMs?: number;
  setInterval?: (run: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}

export function webAudioTone(): () => void {
  let context: AudioContext | undefined;
  return () => {
    const AudioContextClass = globalThis.AudioContext as typeof AudioContext | undefined;
    if (AudioContextClass === undefined) return;
    context ??= new AudioContextClass();
    // Browsers suspend audio until the page had a user gesture; resume is a no-op after.
    void context.resume().catch(() => undefined);
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    const start = context.currentTime;
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.25);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(start + 0.3);
  };
}

export function browserNotification(title: string, body: string): void {
  const NotificationClass = globalThis.Notification as typeof Notification | undefined;
  if (NotificationClass?.permission !== 'granted') return;
  new NotificationClass(title, { body, tag: 'acd-alerting' });
}

export function createPageAttention(options: PageAttentionOptions): CrmAdapter & {
  dispose(): void;
} {
  const doc = options.document;
  const baseTitle = doc.title;
  const playTone = options.playTone ?? webAudioTone();
  const notify = options.notify ?? browserNotification;
  const every = options.setInterval ?? ((run, ms) => setInterval(run, ms));
  const stopEvery =
    options.clearInterval ?? ((handle) => clearInterval(handle as ReturnType<typeof setInterval>));
  let ringing: unknown = null;
  let lastAlerting = 0;

  const stopRinging = () => {
    if (ringing !== null) stopEvery(ringing);
    ringing = null;
  };

  const setAttention = (attention: Attention) => {
    const language = options.language();
    const count = attention.alerting + attention.unread;
    doc.title =
      count > 0
        ? embedText(language, 'page.attentionTitle', { count, title: baseTitle })
        : baseTitle;
    if (!attention.ring || attention.alerting === 0) {
      stopRinging();
    } else if (ringing === null) {
      playTone();
      ringing = every(playTone, options.repeatMs ?? 4_000);
    }
    // One notification per newly alerting chat, and only when the agent cannot see the tab.
    if (attention.ring && attention.alerting > lastAlerting && doc.hidden) {
      notify(
        embedText(language, 'page.notificationTitle'),
        embedText(language, 'page.notificationBody', { count: attention.alerting }),
      );
    }
    lastAlerting = attention.alerting;
  };

  return {
    screenPop: () => Promise.resolve({ kind: 'none' }),
    logInteraction: () =>
      Promise.reject(new Error('The standalone client has no CRM to log interactions to')),
    setAttention,
    currentContext: () => Promise.resolve({ locale: doc.documentElement.lang || undefined }),
    dispose: () => {
      stopRinging();
      doc.title = baseTitle;
    },
  };
}
