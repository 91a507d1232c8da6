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
  private nextSlot = 0;
  private lastSlot = 0;
  private currentLimit: number;
  private readonly ourCalls: number[] = [];

  constructor(private readonly configuredLimit: number) {
    this.currentLimit = configuredLimit;
  }

  /** Requests per second this pace keeps to now: the configured limit, or the provider's if it says lower. */
  get perSecond(): number {
    return this.currentLimit;
  }

  /** Waits for the next free slot and takes it; callers in the same isolate get distinct slots. */
  async take(): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot);
    this.lastSlot = slot;
    this.nextSlot = slot + this.spacing();
    this.ourCalls.push(slot);
    while (this.ourCalls.length > 0 && this.ourCalls[0]! <= now - 1000) this.ourCalls.shift();
    if (slot > now) await sleep(slot - now);
    // A timer that fired late (a busy machine) sends this call late: the next slot counts from
    // when it really went, or it would follow too closely.
    const sent = Date.now();
    this.lastSlot = Math.max(this.lastSlot, sent);
    this.nextSlot = Math.max(this.nextSlot, sent + this.spacing());
  }

  /**
   * Reads `ratelimit-limit`, `ratelimit-remaining` and `ratelimit-reset` on an accepted call's answer. A lower limit
   * than configured is the account's real one, kept to from the next call. No calls left while this
   * isolate made fewer than the limit in the last second means others share the team's limit (another
   * isolate, a sign-in link): no call then until the window resets.
   */
  observe(headers: Record<string, string> | null): void {
    const limit = Number(headers?.["ratelimit-limit"]);
    if (Number.isFinite(limit) && limit > 0) {
      this.currentLimit = Math.min(this.configuredLimit, limit);
      this.nextSlot = Math.max(this.nextSlot, this.lastSlot + this.spacing());
    }
    const resetSeconds = Number(headers?.["ratelimit-reset"]);
    const now = Date.now();
    const ours = this.ourCalls.filter((at) => at > now - 1000).length;
    if (headers?.["ratelimit-remaining"] === "0" && ours < this.currentLimit && Number.isFinite(resetSeconds)) this.notBefore(now + resetSeconds * 1000);
  }

  private spacing(): number {
    return (1000 / this.currentLimit) * SLACK;
  }

  /** No call from this isolate before `at` (a 429's retry-after). */
  notBefore(at: number): void {
    this.nextSlot = Math.max(this.nextSlot, at);
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
