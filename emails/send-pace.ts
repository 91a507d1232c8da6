/**
 * Resend limits each team to a number of requests per second, shared by every API key and every
 * sender (https://resend.com/docs/api-reference/rate-limit; 5 by default, 2 on older accounts).
 * A fan-out that sends as fast as it can is refused with 429s, which the provider counts against
 * the sender; this paces calls instead, one slot each, spaced so that no second ever holds more
 * than the limit. Real time, not the application clock: the provider counts real seconds, and the
 * dev clock may jump.
 */

/** Slots are this much wider than the limit implies, so jitter on the way never puts one call too many in a second. */
const SLACK = 1.05;

export class SendPace {
  /** When this isolate's last call went (real time); the next may go one spacing later. */
  private lastSent = -Infinity;
  /** No call before this (a 429's retry-after, or a window another sender emptied). */
  private blockedUntil = -Infinity;
  /** Callers take their turn one at a time, in the order they asked. */
  private turns: Promise<unknown> = Promise.resolve();
  private currentLimit: number;
  private readonly ourCalls: number[] = [];

  constructor(private readonly configuredLimit: number) {
    this.currentLimit = configuredLimit;
  }

  /** Requests per second this pace keeps to now: the configured limit, or the provider's if it says lower. */
  get perSecond(): number {
    return this.currentLimit;
  }

  /**
   * Waits until this isolate may make its next call and counts it as made. One caller waits at a
   * time, and it checks again on waking: an answer that arrived meanwhile (a lower limit, a
   * retry-after) moves its turn rather than letting it go at a time fixed before. A call's wait
   * counts from when the one before really went, so a timer that fired late (a busy machine)
   * never brings two calls closer than the spacing.
   */
  take(): Promise<number> {
    const turn = this.turns.then(() => this.waitForTurn());
    this.turns = turn;
    return turn;
  }

  /** Resolves with the time the call is counted at. */
  private async waitForTurn(): Promise<number> {
    for (;;) {
      const now = Date.now();
      const at = Math.max(this.lastSent + this.spacing(), this.blockedUntil);
      if (at <= now) {
        this.lastSent = now;
        this.ourCalls.push(now);
        // Kept longer than a window: an answer is read some time after its call went (observe).
        while (this.ourCalls.length > 0 && this.ourCalls[0]! <= now - 10_000) this.ourCalls.shift();
        return now;
      }
      await sleep(at - now);
    }
  }

  /**
   * Reads `ratelimit-limit`, `ratelimit-remaining` and `ratelimit-reset` on the answer to the call
   * counted at `sentAt` (take's value). A lower limit than configured is the account's real one,
   * kept to from the next call. No calls left while this isolate made fewer than the limit from
   * about a second before that call until now means others share the team's limit (another isolate, a
   * sign-in link): no call then until the window resets. Counting up to now, not to the call: with
   * several calls under way, ours that went after it may have reached the provider before it.
   */
  observe(headers: Record<string, string> | null, sentAt: number): void {
    const limit = Number(headers?.["ratelimit-limit"]);
    if (Number.isFinite(limit) && limit > 0) this.currentLimit = Math.min(this.configuredLimit, limit);
    const resetSeconds = Number(headers?.["ratelimit-reset"]);
    const now = Date.now();
    // One spacing more than a second: on a busy machine calls sent a little over a second apart
    // can reach the provider inside one, which is our own doing, not another sender's.
    const ours = this.ourCalls.filter((at) => at > sentAt - 1000 - this.spacing()).length;
    if (headers?.["ratelimit-remaining"] === "0" && ours < this.currentLimit && Number.isFinite(resetSeconds)) this.notBefore(now + resetSeconds * 1000);
  }

  private spacing(): number {
    return (1000 / this.currentLimit) * SLACK;
  }

  /** No call from this isolate before `at` (a 429's retry-after). */
  notBefore(at: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, at);
  }
}

const paces = new Map<number, SendPace>();

/** The one pace per configured limit in this isolate, so concurrent deliveries share it. */
export function sendPaceFor(requestsPerSecond: number): SendPace {
  let pace = paces.get(requestsPerSecond);
  if (!pace) paces.set(requestsPerSecond, (pace = new SendPace(requestsPerSecond)));
  return pace;
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
