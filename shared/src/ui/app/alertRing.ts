// The sound and browser notification of a new alerting chat, made in the page (no files).

/**
 * A short two-tone chime generated with WebAudio. Returns whether it can be heard: a frame
 * the agent never interacted with gets a suspended AudioContext (browsers' autoplay policy),
 * so callers fall back to something visible.
 */
export function playAlertTone(): boolean {
  const AudioContextClass = globalThis.AudioContext as typeof AudioContext | undefined;
  if (AudioContextClass === undefined) return false;
  try {
    const audio = new AudioContextClass();
    if (audio.state === 'suspended') {
      void audio.close();
      return false;
    }
    const gain = audio.createGain();
    gain.connect(audio.destination);
    gain.gain.setValueAtTime(0.15, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.5);
    [880, 660].forEach((frequency, i) => {
      const tone = audio.createOscillator();
      tone.type = 'sine';
      tone.frequency.value = frequency;
      tone.connect(gain);
      tone.start(audio.currentTime + i * 0.18);
      tone.stop(audio.currentTime + i * 0.18 + 0.16);
    });
    setTimeout(() => void audio.close(), 800);
    return true;
  } catch {
    // Autoplay policies may refuse audio before the first click; the list still shows it.
    return false;
  }
}

/** Whether this frame has had a user gesture, which lets it start audio (sticky activation). */
export function hasUserActivation(nav: Navigator = navigator): boolean {
  return (
    (nav as { userActivation?: { hasBeenActive: boolean } }).userActivation?.hasBeenActive === true
  );
}

/** A browser notification, only while the page is hidden and the agent allowed them. */
export function showAlertNotification(title: string, body: string): void {
  const NotificationClass = globalThis.Notification as typeof Notification | undefined;
  if (NotificationClass === undefined || !document.hidden) return;
  if (NotificationClass.permission !== 'granted') return;
  new NotificationClass(title, { body, tag: 'acd-alerting' });
}
