/** Resend's documented default: 5 requests per second per team, shared by every API key. */
export const DEFAULT_REQUESTS_PER_SECOND = 5;

const WINDOW_MS = 1_000;

/** What one call is told about the limit: the draft-06 `ratelimit-*` fields, and whether it was refused. */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until the oldest call in the window leaves it (at least 1). */
  resetSeconds: number;
}

/**
 * The team's request limit as a sliding window: at most `perSecond` calls in any 1,000 ms, the
 * strictest reading of "N requests per second", so a sender that passes it passes a fixed-window or
 * token-bucket limiter too. Refused calls do not take a slot. `perSecond: 0` turns the limit off.
 */
export class RateWindow {
  private readonly starts: number[] = [];

  constructor(private perSecondLimit: number) {}

  get perSecond(): number {
    return this.perSecondLimit;
  }

  configure(perSecond: number): void {
    this.perSecondLimit = perSecond;
    this.starts.length = 0;
  }

  take(now: number): RateDecision | null {
    if (this.perSecondLimit <= 0) return null;
    while (this.starts.length > 0 && this.starts[0]! <= now - WINDOW_MS) this.starts.shift();
    const allowed = this.starts.length < this.perSecondLimit;
    if (allowed) this.starts.push(now);
    // Until the oldest call in the window leaves it, freeing a slot.
    const resetSeconds = Math.max(1, Math.ceil((this.starts[0]! + WINDOW_MS - now) / 1000));
    return { allowed, limit: this.perSecondLimit, remaining: this.perSecondLimit - this.starts.length, resetSeconds };
  }
}
