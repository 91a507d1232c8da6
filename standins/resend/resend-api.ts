import { randomUUID } from "node:crypto";
import {
  acceptedAnswer,
  concurrentIdempotentAnswer,
  idempotencyConflictAnswer,
  payloadFingerprint,
  quotaExceededAnswer,
  rateLimitedAnswer,
  readResendCall,
  recipients,
  wireError,
  type ReadCall,
  type ResendCall,
  type WireAnswer,
} from "../../emails/resend-wire";
import type { Mailbox } from "./mailbox";
import { DEFAULT_REQUESTS_PER_SECOND, RateWindow, type RateDecision } from "./rate-window";

/** A failure the next call answers with, for tests and benchmarks that need the provider to fail. */
export type StandinStep = { status: 500 } | { status: 429; retryAfterSeconds?: number } | { quota: "daily" | "monthly" } | { hangMs: number };

/** One call to the sending endpoints, for tests that check when the sender called again. */
export interface StandinCall {
  at: number;
  status: number;
}

/**
 * POST /emails and /emails/batch as Resend answers them: each call read with emails/resend-wire.ts
 * (the API key, the Idempotency-Key, then the body), refused with Resend's documented statuses and
 * names. A key that comes back with a different payload is refused (409), and one that comes back
 * while its first call is still being handled too (409 concurrent_idempotent_requests). It can be
 * told to fail: the next calls answer 429 (rate limit, with retry-after, or a quota), 500, or
 * store the message and answer too late. Calls with the right key count against the team's rate
 * limit (rate-window.ts): over it, a call is answered 429 rate_limit_exceeded with `retry-after`;
 * every counted answer carries `ratelimit-limit`, `ratelimit-remaining` and `ratelimit-reset`.
 */
export class ResendApi {
  readonly calls: StandinCall[] = [];
  largestBatch = 0;
  /** Calls the rate limit refused (scripted 429s are not counted here). */
  rateLimited = 0;
  private readonly window: RateWindow;
  private script: StandinStep[] = [];
  private latencyMs = 0;
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly mailbox: Mailbox,
    private readonly apiKey: string,
    private readonly requestsPerSecond: number,
  ) {
    this.window = new RateWindow(requestsPerSecond);
  }

  get scriptLeft(): number {
    return this.script.length;
  }

  get latency(): number {
    return this.latencyMs;
  }

  get rateLimit(): number {
    return this.window.perSecond;
  }

  /** Requests per second from now on (0: no limit); the window starts empty. */
  setRateLimit(perSecond: number): void {
    this.window.configure(perSecond);
  }

  /** The next calls fail as `steps` say, in order; every call waits `latencyMs` first. */
  setScript(steps: StandinStep[], latencyMs: number): void {
    this.script = [...steps];
    this.latencyMs = latencyMs;
  }

  reset(): void {
    this.script = [];
    this.latencyMs = 0;
    this.calls.length = 0;
    this.largestBatch = 0;
    this.rateLimited = 0;
    this.window.configure(this.requestsPerSecond);
    this.mailbox.clear();
  }

  async recordAndAnswer(call: ResendCall): Promise<WireAnswer> {
    // One instant for the record and the rate window: a test counting calls per second then sees
    // exactly what the limit counted (two readings a millisecond apart once disagreed at a window's edge).
    const at = Date.now();
    const record = { at, status: 0 };
    this.calls.push(record);
    const answer = await this.handle(call, at);
    record.status = answer.status;
    return answer;
  }

  private async handle(call: ResendCall, at: number): Promise<WireAnswer> {
    const read = readResendCall(call, this.apiKey);
    // The limit is the team's, so a call counts once its key names the team.
    if (!read.ok && (read.answer.status === 401 || read.answer.status === 403)) return read.answer;
    const rate = this.window.take(at);
    if (rate && !rate.allowed) {
      this.rateLimited++;
      return rateLimitedAnswer(rate.resetSeconds, rate.limit);
    }
    const answer = read.ok ? await this.deliver(call.shape, read) : read.answer;
    return rate ? { ...answer, headers: { ...rateHeaders(rate), ...answer.headers } } : answer;
  }

  private async deliver(shape: ResendCall["shape"], read: Extract<ReadCall, { ok: true }>): Promise<WireAnswer> {
    const key = read.idempotencyKey;
    if (key && this.inProgress.has(key)) return concurrentIdempotentAnswer();
    if (key) this.inProgress.add(key);
    try {
      if (this.latencyMs) await sleep(this.latencyMs);
      const step = this.script.shift();
      if (step && "status" in step) return step.status === 429 ? rateLimitedAnswer(step.retryAfterSeconds ?? 1, this.window.perSecond || DEFAULT_REQUESTS_PER_SECOND) : wireError("internal_server_error", "scripted 500");
      if (step && "quota" in step) return quotaExceededAnswer(step.quota);
      const fingerprint = payloadFingerprint(read.emails.map((e) => ({ ...e, to: recipients(e) })));
      const earlier = key ? this.mailbox.forKey(key) : undefined;
      if (earlier && earlier.fingerprint !== fingerprint) return idempotencyConflictAnswer();
      this.largestBatch = Math.max(this.largestBatch, read.emails.length);
      let ids = earlier?.messages.map((m) => m.id);
      if (!ids) {
        const sentAt = new Date().toISOString();
        // Resend's ids are UUIDs.
        const messages = read.emails.map((email) => ({
          id: randomUUID(),
          to: recipients(email),
          from: email.from,
          subject: email.subject,
          text: email.text,
          html: email.html,
          headers: email.headers ?? {},
          idempotencyKey: key,
          sentAt,
        }));
        this.mailbox.accept({ idempotencyKey: key, fingerprint, messages });
        ids = messages.map((m) => m.id);
      }
      // A "hang" has accepted the message but answers after the client gave up: the classic
      // cause of duplicates that idempotency keys exist to prevent. Its work is done, so a retry
      // meanwhile is answered from the record, not as a concurrent call.
      if (key) this.inProgress.delete(key);
      if (step && "hangMs" in step) await sleep(step.hangMs);
      return acceptedAnswer(shape, ids);
    } finally {
      if (key) this.inProgress.delete(key);
    }
  }
}

function rateHeaders(rate: RateDecision): Record<string, string> {
  return { "ratelimit-limit": String(rate.limit), "ratelimit-remaining": String(rate.remaining), "ratelimit-reset": String(rate.resetSeconds) };
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
