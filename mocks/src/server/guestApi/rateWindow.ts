// A per-session rate limit for the Guest API: at most `limit` frames in any `windowMs`. Over it,
// the frame is refused and the guest is told how many seconds until one more is allowed.
export class RateWindow {
  private readonly times: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records a frame at `now`; null if allowed, else the seconds to wait (at least 1). */
  take(now: number): number | null {
    while (this.times.length > 0 && (this.times[0] ?? 0) <= now - this.windowMs) this.times.shift();
    if (this.times.length >= this.limit) {
      const oldest = this.times[0] ?? now;
      return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
    }
    this.times.push(now);
    return null;
  }
}
